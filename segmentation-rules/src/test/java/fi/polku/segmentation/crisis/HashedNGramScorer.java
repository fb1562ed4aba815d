package fi.polku.segmentation.crisis;

import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The same trained OpenNLP weights scored without making a string per n-gram: each n-gram of a word (with its
 * boundaries) is hashed from its letters and looked up in an open-addressing table of "crisis minus other" weights.
 * For two outcomes the maximum-entropy probability is the logistic of that sum, so it must give OpenNLP's own
 * probabilities (the evaluation checks that on every text). It measures how cheap the learned signal could be.
 */
final class HashedNGramScorer {

    private static final long EMPTY = 0L;

    private final int shortest;
    private final int longest;
    private final long[] keys;
    private final double[] weights;
    private final int mask;

    HashedNGramScorer(DoccatModel model, int shortest, int longest) {
        this.shortest = shortest;
        this.longest = longest;
        Object[] data = ((AbstractModel) model.getMaxentModel()).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        int crisis = outcomes[0].equals("crisis") ? 0 : 1;
        int size = Integer.highestOneBit(Math.max(4, predicates.size() * 4));
        keys = new long[size];
        weights = new double[size];
        mask = size - 1;
        predicates.forEach((ngram, context) -> {
            double weight = 0;
            for (int i = 0; i < context.getOutcomes().length; i++) {
                weight += (context.getOutcomes()[i] == crisis ? 1 : -1) * context.getParameters()[i];
            }
            long key = hash(ngram, 0, ngram.length());
            int slot = (int) key & mask;
            while (keys[slot] != EMPTY) {
                if (keys[slot] == key) {
                    throw new IllegalStateException("two n-grams share a hash: " + ngram);
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            weights[slot] = weight;
        });
    }

    /** The probability of "crisis" for the text's folded words. */
    double crisis(String text) {
        double sum = 0;
        for (String word : CrisisText.words(text)) {
            String padded = " " + word + " ";
            for (int n = shortest; n <= longest; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    sum += weight(hash(padded, i, i + n));
                }
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    private double weight(long key) {
        int slot = (int) key & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return weights[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** FNV-1a over the letters, never 0 (0 marks an empty slot). */
    private static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h == EMPTY ? 1 : h;
    }
}
