package fi.polku.segmentation.crisis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which phrases can start at a word: phrases indexed by the atoms they may start with. */
final class FirstWordIndex {

    /** Receives a phrase number and the word it may start at. */
    interface StartConsumer {
        void accept(int phrase, int word);
    }

    private final int[][] phrasesByAtom;

    /** Indexes phrase {@code p} under the atoms {@code startAtoms.get(p)}. */
    FirstWordIndex(List<int[]> startAtoms) {
        Map<Integer, List<Integer>> index = new HashMap<>();
        int atoms = 0;
        for (int p = 0; p < startAtoms.size(); p++) {
            for (int atom : startAtoms.get(p)) {
                List<Integer> list = index.computeIfAbsent(atom, a -> new ArrayList<>());
                if (list.isEmpty() || list.getLast() != p) {
                    list.add(p);
                }
                atoms = Math.max(atoms, atom + 1);
            }
        }
        phrasesByAtom = new int[atoms][];
        index.forEach((atom, list) ->
                phrasesByAtom[atom] = list.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Calls back for every phrase whose first position matches a word, with that word: words in order, and a word's
     * atoms in ascending order ({@link Lexicon#match}).
     */
    void forEachStart(int[][] matches, StartConsumer consumer) {
        for (int word = 0; word < matches.length; word++) {
            for (int atom : matches[word]) {
                int[] phrases = atom < phrasesByAtom.length ? phrasesByAtom[atom] : null;
                if (phrases != null) {
                    for (int phrase : phrases) {
                        consumer.accept(phrase, word);
                    }
                }
            }
        }
    }
}
