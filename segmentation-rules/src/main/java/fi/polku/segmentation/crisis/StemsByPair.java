package fi.polku.segmentation.crisis;

import java.util.List;
import java.util.Map;

/**
 * Atoms (stems) by a pair of letters packed in an int ({@code first << 16 | second}), in an open-addressing table: the typo
 * search looks up five pairs for every word of four or more letters, and a boxed {@code Map<Integer, ...>} key was
 * an allocation and a hash each time.
 */
final class StemsByPair {

    private static final Lexicon.Atom[] NONE = {};

    private final int[] keys;
    private final Lexicon.Atom[][] values;
    private final int mask;

    StemsByPair(Map<Integer, List<Lexicon.Atom>> groups) {
        int capacity = Integer.highestOneBit(Math.max(4, groups.size() * 4) - 1) << 1;
        this.mask = capacity - 1;
        this.keys = new int[capacity];
        this.values = new Lexicon.Atom[capacity][];
        groups.forEach((key, atoms) -> {
            int slot = slot(key);
            while (values[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = atoms.toArray(Lexicon.Atom[]::new);
        });
    }

    Lexicon.Atom[] get(int key) {
        for (int slot = slot(key); values[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return NONE;
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 7) & mask;
    }
}
