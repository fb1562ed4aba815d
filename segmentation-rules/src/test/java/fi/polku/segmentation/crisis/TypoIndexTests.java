package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TypoIndexTests {

    @Test
    void findsExactlyTheAtomsOneEditAwayLikeAFullScan() {
        Random random = new Random(7);
        List<TypoIndex.Entry> atoms = new ArrayList<>();
        for (int id = 0; id < 300; id++) {
            atoms.add(new TypoIndex.Entry(id, randomWord(random, 6 + random.nextInt(6))));
        }
        TypoIndex index = new TypoIndex(atoms);
        for (int i = 0; i < 5_000; i++) {
            String atom = atoms.get(random.nextInt(atoms.size())).text();
            String word = i % 4 == 0 ? randomWord(random, 5 + random.nextInt(8)) : typo(random, atom);

            BitSet found = new BitSet();
            index.collect(word, found);

            BitSet scanned = new BitSet();
            for (TypoIndex.Entry entry : atoms) {
                if (Lexicon.oneEdit(entry.text(), word, false)) {
                    scanned.set(entry.id());
                }
            }
            assertThat(found).as(word).isEqualTo(scanned);
        }
    }

    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(6)));
        }
        return word.toString();
    }

    /** One insertion, deletion, substitution or swap of neighbours, or none. */
    private static String typo(Random random, String atom) {
        StringBuilder word = new StringBuilder(atom);
        int at = random.nextInt(atom.length() - 1);
        switch (random.nextInt(5)) {
            case 0 -> word.insert(at, (char) ('a' + random.nextInt(6)));
            case 1 -> word.deleteCharAt(at);
            case 2 -> word.setCharAt(at, (char) ('a' + random.nextInt(6)));
            case 3 -> {
                word.setCharAt(at, atom.charAt(at + 1));
                word.setCharAt(at + 1, atom.charAt(at));
            }
            default -> {}
        }
        return word.toString();
    }
}
