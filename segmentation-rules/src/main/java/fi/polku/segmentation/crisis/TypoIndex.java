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
 * so the candidates are few and each is confirmed with {@link Lexicon#oneEdit}. No strings or arrays are built per
 * word. Almost every look-up of an ordinary word finds nothing, and the table is large (hundreds of kilobytes), so a
 * bit per key in a small filter answers most of them without touching it (the probes were cache misses).
 */
final class TypoIndex {

    /** An atom of the index: its id in the lexicon and its text. */
    record Entry(int id, String text) {}

    private static final long BASE = 0x100000001B3L;
    /** BASE is odd, so it has an inverse modulo 2^64: it steps the power down as the skipped letter moves right. */
    private static final long INVERSE_BASE = inverse(BASE);
    /** Filter bits per key: about one look-up in thirty of a word that no key has passes the filter (16 KB). */
    private static final int FILTER_BITS_PER_KEY = 32;

    private static final int MAX_WORD = 64;

    /** The atoms' ids and texts side by side, read straight from the candidate loop. */
    private final int[] ids;

    private final String[] texts;
    private final long[] keys;
    private final int[][] candidates;
    private final int mask;
    private final long[] filter;
    private final int filterShift;

    TypoIndex(List<Entry> atoms) {
        this.ids = atoms.stream().mapToInt(Entry::id).toArray();
        this.texts = atoms.stream().map(Entry::text).toArray(String[]::new);
        Map<Long, List<Integer>> index = new LinkedHashMap<>();
        for (int e = 0; e < texts.length; e++) {
            String text = texts[e];
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
        int filterBits = Integer.highestOneBit(Math.max(64, index.size() * FILTER_BITS_PER_KEY) - 1) << 1;
        this.filter = new long[filterBits / 64];
        this.filterShift = 64 - Integer.numberOfTrailingZeros(filterBits);
        index.forEach((key, list) -> {
            int slot = slot(key);
            while (candidates[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            int bit = filterBit(key);
            filter[bit >>> 6] |= 1L << bit;
            candidates[slot] = list.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** Marks in {@code found} every atom that the word equals after at most one typo. */
    void collect(String word, BitSet found) {
        int length = word.length();
        if (length > MAX_WORD) {
            return;
        }
        // Polynomial hashes: the hash without letter i is prefix(i) * BASE^(n-1-i) + suffix(i+1). The whole word's
        // hash is suffix(0); moving i right, the letter at i leaves the suffix and BASE^(n-1-i) steps down by the
        // inverse of BASE, so no per-word arrays of powers and suffixes are needed.
        long suffix = 0;
        long power = 1;
        for (int i = length - 1; i >= 0; i--) {
            suffix += word.charAt(i) * power;
            power *= BASE;
        }
        check(word, suffix, found);
        power *= INVERSE_BASE;
        long prefix = 0;
        for (int skip = 0; skip < length; skip++) {
            char letter = word.charAt(skip);
            suffix -= letter * power;
            check(word, prefix * power + suffix, found);
            prefix = prefix * BASE + letter;
            power *= INVERSE_BASE;
        }
    }

    private void check(String word, long key, BitSet found) {
        int bit = filterBit(key);
        if ((filter[bit >>> 6] & 1L << bit) == 0) {
            return;
        }
        for (int slot = slot(key); candidates[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                for (int e : candidates[slot]) {
                    String text = texts[e];
                    if (!found.get(ids[e])
                            && Lexicon.oneEdit(text, word, false, text.length() >= Lexicon.SUBSTITUTION_LENGTH)) {
                        found.set(ids[e]);
                    }
                }
                return;
            }
        }
    }

    private int filterBit(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> filterShift);
    }

    /** The inverse of an odd number modulo 2^64 (Newton's iteration doubles the correct low bits each step). */
    private static long inverse(long odd) {
        long inverse = odd;
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - odd * inverse;
        }
        return inverse;
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
