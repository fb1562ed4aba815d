package fi.polku.segmentation.crisis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Whole words ({@code w=kuolla}) and pairs of neighbouring words ({@code b=en_halua}) of the detector's folded words,
 * beside the character n-grams: a pair sees a negation next to its verb, which n-grams within one word cannot. The
 * production scorer ({@code HashedNGramScorer}) hashes the same names. Public with a no-argument constructor: OpenNLP
 * loads feature generators by class name.
 */
public class WordFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(2 * words.length);
        for (int i = 0; i < words.length; i++) {
            features.add("w=" + words[i]);
            if (i > 0) {
                features.add("b=" + words[i - 1] + "_" + words[i]);
            }
        }
        return features;
    }

    @Override
    public String toString() {
        return "words and word pairs";
    }
}
