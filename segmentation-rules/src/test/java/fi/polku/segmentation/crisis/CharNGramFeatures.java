package fi.polku.segmentation.crisis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams of each word with its boundaries ("kuolla" gives " ku", "kuo", ..., "lla "), for the
 * learned-signal evaluation; 3- to 5-grams unless told otherwise. Public with a no-argument constructor: OpenNLP loads
 * feature generators by class name when a model is read back from a file.
 */
public class CharNGramFeatures implements FeatureGenerator {

    private final int shortest;
    private final int longest;

    public CharNGramFeatures() {
        this(3, 5);
    }

    CharNGramFeatures(int shortest, int longest) {
        this.shortest = shortest;
        this.longest = longest;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String word : words) {
            String padded = " " + word + " ";
            for (int n = shortest; n <= longest; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    features.add(padded.substring(i, i + n));
                }
            }
        }
        return features;
    }

    @Override
    public String toString() {
        return shortest + "-" + longest + " grams";
    }
}
