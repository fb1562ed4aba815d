package fi.polku.segmentation.crisis;

import java.util.Map;

/**
 * The whole words of a lexicon by their text, in an open-addressing table of strings and ids: every word of every text
 * is looked up here in both lexicons, and a {@code HashMap<String, Integer>} look-up followed a node and a boxed id
 * (its probe showed in the profile). Slots are chosen by {@link String#hashCode}, which a word computes once.
 */
final class ExactWords {

    private final String[] words;
    private final int[] ids;
    private final int mask;

    ExactWords(Map<String, Integer> idsByWord) {
        int capacity = Integer.highestOneBit(Math.max(4, idsByWord.size() * 4) - 1) << 1;
        this.mask = capacity - 1;
        this.words = new String[capacity];
        this.ids = new int[capacity];
        idsByWord.forEach((word, id) -> {
            int slot = slot(word);
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            ids[slot] = id;
        });
    }

    /** The id of the word, or -1. */
    int id(String word) {
        for (int slot = slot(word); words[slot] != null; slot = (slot + 1) & mask) {
            if (words[slot].equals(word)) {
                return ids[slot];
            }
        }
        return -1;
    }

    private int slot(String word) {
        int h = word.hashCode();
        return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 8 & mask;
    }
}
