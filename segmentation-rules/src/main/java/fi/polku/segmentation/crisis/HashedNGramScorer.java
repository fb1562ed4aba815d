package fi.polku.segmentation.crisis;

import java.util.Map;

/**
 * Scores a text with trained maximum-entropy weights over character n-grams without making a string per n-gram: each
 * n-gram of a folded word (with its boundaries, "kuolla" gives " ku", "kuo", ..., "lla ") is hashed from its letters
 * and looked up in an open-addressing table of "crisis minus other" weights. For two outcomes the maximum-entropy
 * probability is the logistic of that sum, so it gives OpenNLP's own probabilities ({@code LearnedCrisisModelTests}
 * checks that on every labelled text). It replaces OpenNLP's scorer, which makes a string and a map look-up per n-gram
 * and cost as much as the whole rules detector on the screening benchmark's texts. A model may also weigh whole words
 * ({@code w=kuolla}) and pairs of neighbouring words ({@code b=en_halua}); those are hashed the same way, from their
 * letters, and looked up only when the model has any.
 */
final class HashedNGramScorer {

    private static final long EMPTY = 0L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final String WORD = "w=";
    private static final String PAIR = "b=";
    private static final String PAIR_JOIN = "_";
    private static final long WORD_START = mix(FNV_OFFSET, WORD);
    private static final long PAIR_START = mix(FNV_OFFSET, PAIR);

    private final int shortest;
    private final int longest;
    /**
     * Key and weight (its raw bits) side by side, slot {@code s} at {@code 2s} and {@code 2s + 1}: most n-grams of a
     * text are in the table, and a look-up in a half-megabyte table is a cache miss; with the weight next to its key
     * it is one miss, not two.
     */
    private final long[] slots;

    private final int mask;

    /** Whether the model weighs whole words and word pairs besides character n-grams. */
    private final boolean words;

    /** Weights by n-gram: the crisis outcome's weight minus the other outcome's. */
    HashedNGramScorer(Map<String, Double> crisisMinusOther, int shortest, int longest) {
        this.shortest = shortest;
        this.longest = longest;
        int size = Integer.highestOneBit(Math.max(4, crisisMinusOther.size() * 4));
        slots = new long[2 * size];
        mask = size - 1;
        words = crisisMinusOther.keySet().stream().anyMatch(k -> k.startsWith(WORD) || k.startsWith(PAIR));
        crisisMinusOther.forEach((ngram, weight) -> {
            long key = hash(ngram, 0, ngram.length());
            int slot = (int) key & mask;
            while (slots[2 * slot] != EMPTY) {
                if (slots[2 * slot] == key) {
                    throw new IllegalArgumentException("two n-grams share a hash: " + ngram);
                }
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = Double.doubleToRawLongBits(weight);
        });
    }

    /** The probability of "crisis" for the text's folded words (the detector's normalisation). */
    double crisis(String text) {
        return crisis(CrisisText.words(text));
    }

    /** The same for words already folded by {@link CrisisText}. */
    double crisis(String[] folded) {
        double sum = 0;
        for (int w = 0; w < folded.length; w++) {
            String word = folded[w];
            String padded = " " + word + " ";
            for (int n = shortest; n <= longest; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    sum += weight(hash(padded, i, i + n));
                }
            }
            if (words) {
                sum += weight(finish(mix(WORD_START, word)));
                if (w > 0) {
                    long pair = mix(mix(PAIR_START, folded[w - 1]), PAIR_JOIN);
                    sum += weight(finish(mix(pair, word)));
                }
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    private double weight(long key) {
        int slot = (int) key & mask;
        while (slots[2 * slot] != EMPTY) {
            if (slots[2 * slot] == key) {
                return Double.longBitsToDouble(slots[2 * slot + 1]);
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** FNV-1a over the letters, never 0 (0 marks an empty slot). */
    private static long hash(String s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return finish(h);
    }

    /** FNV-1a continued over more letters: a feature hashed in parts equals the same feature hashed as one string. */
    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 29;
        return h == EMPTY ? 1 : h;
    }
}
