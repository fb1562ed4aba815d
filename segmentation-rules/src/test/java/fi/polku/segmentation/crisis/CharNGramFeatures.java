package fi.polku.segmentation.crisis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- to 5-grams of each word with its boundaries ("kuolla" gives " ku", "kuo", ..., "lla "), for the
 * learned-signal evaluation. Public with a no-argument constructor: OpenNLP loads feature generators by class name.
 */
public class CharNGramFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String word : words) {
            String padded = " " + word + " ";
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    features.add(padded.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
