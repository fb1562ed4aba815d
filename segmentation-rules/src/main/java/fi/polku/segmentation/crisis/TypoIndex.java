package fi.polku.segmentation.crisis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the whole-word atoms one typo away from a word without scanning them all: every atom is indexed under a
 * hash of itself and of each of its one-letter deletions, and a word looks up the same hashes of itself. Two words
 * one insertion, deletion, substitution or swap of neighbours apart always share such a hash (symmetric deletion),
 * so the candidates are few and each is confirmed with {@link Lexicon#oneEdit}. No strings are built per word.
 */
final class TypoIndex {

    /** An atom of the index: its id in the lexicon and its text. */
    record Entry(int id, String text) {}

    private static final long BASE = 0x100000001B3L;
    private static final int MAX_WORD = 64;

    private final Entry[] entries;
    private final long[] keys;
    private final int[][] candidates;
    private final int mask;

    TypoIndex(List<Entry> atoms) {
        this.entries = atoms.toArray(Entry[]::new);
        Map<Long, List<Integer>> index = new LinkedHashMap<>();
        for (int e = 0; e < entries.length; e++) {
            String text = entries[e].text();
            for (int skip = -1; skip < text.length(); skip++) {
                List<Integer> list = index.computeIfAbsent(slowHash(text, skip), k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
        int capacity = Integer.highestOneBit(Math.max(4, index.size() * 4) - 1) << 1;
        this.mask = capacity - 1;
        this.keys = new long[capacity];
        this.candidates = new int[capacity][];
        index.forEach((key, list) -> {
            int slot = slot(key);
            while (candidates[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            candidates[slot] = list.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** Marks in {@code found} every atom that the word equals after at most one typo. */
    void collect(String word, BitSet found) {
        int length = word.length();
        if (length > MAX_WORD) {
            return;
        }
        // Polynomial hashes: the hash without letter i is prefix(i) * BASE^(n-1-i) + suffix(i+1).
        long[] powers = new long[length];
        long[] suffix = new long[length + 1];
        long power = 1;
        for (int i = length - 1; i >= 0; i--) {
            powers[i] = power;
            suffix[i] = suffix[i + 1] + word.charAt(i) * power;
            power *= BASE;
        }
        check(word, suffix[0], found);
        long prefix = 0;
        for (int skip = 0; skip < length; skip++) {
            long withoutSkip = prefix * powers[skip] + suffix[skip + 1];
            check(word, withoutSkip, found);
            prefix = prefix * BASE + word.charAt(skip);
        }
    }

    private void check(String word, long key, BitSet found) {
        for (int slot = slot(key); candidates[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                for (int e : candidates[slot]) {
                    Entry entry = entries[e];
                    if (!found.get(entry.id())
                            && Lexicon.oneEdit(
                                    entry.text(), word, false, entry.text().length() >= Lexicon.SUBSTITUTION_LENGTH)) {
                        found.set(entry.id());
                    }
                }
                return;
            }
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32) ^ (key >>> 17)) & mask;
    }

    /** The same hash as {@link #collect} computes, the plain way: the text with the letter at {@code skip} left out. */
    private static long slowHash(String text, int skip) {
        long h = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i != skip) {
                h = h * BASE + text.charAt(i);
            }
        }
        return h;
    }
}
