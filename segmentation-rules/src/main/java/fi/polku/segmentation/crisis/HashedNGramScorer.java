package fi.polku.segmentation.crisis;

import java.util.Map;

/**
 * Scores a text with trained maximum-entropy weights over character n-grams without making a string per n-gram: each
 * n-gram of a folded word (with its boundaries, "kuolla" gives " ku", "kuo", ..., "lla ") is hashed from its letters
 * and looked up in an open-addressing table of "crisis minus other" weights. For two outcomes the maximum-entropy
 * probability is the logistic of that sum, so it gives OpenNLP's own probabilities ({@code LearnedCrisisModelTests}
 * checks that on every labelled text). It replaces OpenNLP's scorer, which makes a string and a map look-up per n-gram
 * and cost as much as the whole rules detector on the screening benchmark's texts. A model may also weigh whole words
 * ({@code w=kuolla}) and pairs of neighbouring words ({@code b=en_halua}); their keys are made from each word's hash,
 * computed once per word, and looked up only when the model has any.
 */
final class HashedNGramScorer {

    private static final long EMPTY = 0L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final String WORD = "w=";
    private static final String PAIR = "b=";
    private static final char PAIR_JOIN = '_';
    /** Odd constants that keep word and pair keys apart from each other and from the n-gram keys. */
    private static final long WORD_SALT = 0x9e3779b97f4a7c15L;

    private static final long PAIR_SALT = 0xc2b2ae3d27d4eb4fL;

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
        // At most half full: probes stay short, and the table stays small enough for the cache.
        int size = Integer.highestOneBit(Math.max(4, crisisMinusOther.size() * 2 - 1)) * 2;
        slots = new long[2 * size];
        mask = size - 1;
        words = crisisMinusOther.keySet().stream().anyMatch(k -> k.startsWith(WORD) || k.startsWith(PAIR));
        crisisMinusOther.forEach((feature, weight) -> {
            long key = key(feature);
            int slot = (int) key & mask;
            while (slots[2 * slot] != EMPTY) {
                if (slots[2 * slot] == key) {
                    throw new IllegalArgumentException("two features share a hash: " + feature);
                }
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = Double.doubleToRawLongBits(weight);
        });
    }

    private static long key(String feature) {
        if (feature.startsWith(WORD)) {
            return wordKey(fnv(feature, WORD.length(), feature.length()));
        }
        if (feature.startsWith(PAIR)) {
            int join = feature.indexOf(PAIR_JOIN, PAIR.length());
            if (join < 0) {
                throw new IllegalArgumentException("a word pair needs two words joined by _: " + feature);
            }
            return pairKey(fnv(feature, PAIR.length(), join), fnv(feature, join + 1, feature.length()));
        }
        return hash(feature, 0, feature.length());
    }

    /** The probability of "crisis" for the text's folded words (the detector's normalisation). */
    double crisis(String text) {
        return crisis(CrisisText.words(text));
    }

    /** The same for words already folded by {@link CrisisText}. */
    double crisis(String[] folded) {
        double sum = 0;
        long previous = 0;
        for (int w = 0; w < folded.length; w++) {
            String word = folded[w];
            String padded = " " + word + " ";
            for (int n = shortest; n <= longest; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    sum += weight(hash(padded, i, i + n));
                }
            }
            if (words) {
                long current = fnv(word, 0, word.length());
                sum += weight(wordKey(current));
                if (w > 0) {
                    sum += weight(pairKey(previous, current));
                }
                previous = current;
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

    /** An n-gram's key: FNV-1a over the letters, never 0 (0 marks an empty slot). */
    private static long hash(String s, int from, int to) {
        return finish(fnv(s, from, to));
    }

    private static long fnv(String s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    private static long wordKey(long word) {
        return finish(mixed(word ^ WORD_SALT));
    }

    private static long pairKey(long first, long second) {
        return finish(mixed(first * PAIR_SALT + second));
    }

    /** The finaliser of MurmurHash3: every bit of the input reaches the low bits that pick the slot. */
    private static long mixed(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long finish(long h) {
        h ^= h >>> 29;
        return h == EMPTY ? 1 : h;
    }
}
