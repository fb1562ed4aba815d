package fi.polku.segmentation.crisis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lexicon atoms grouped by a letter: an array lookup for ASCII letters, a map only for the rare other ones. */
final class AtomsByLetter {

    private static final Lexicon.Atom[] NONE = {};

    private final Lexicon.Atom[][] ascii = new Lexicon.Atom[128][];
    private final Map<Character, Lexicon.Atom[]> other = new HashMap<>();

    AtomsByLetter(Map<Character, List<Lexicon.Atom>> groups) {
        groups.forEach((letter, atoms) -> {
            Lexicon.Atom[] array = atoms.toArray(Lexicon.Atom[]::new);
            if (letter < ascii.length) {
                ascii[letter] = array;
            } else {
                other.put(letter, array);
            }
        });
    }

    /** Collects groups before they are frozen. */
    static void add(Map<Character, List<Lexicon.Atom>> groups, char letter, Lexicon.Atom atom) {
        groups.computeIfAbsent(letter, c -> new ArrayList<>()).add(atom);
    }

    Lexicon.Atom[] get(char letter) {
        Lexicon.Atom[] atoms = letter < ascii.length ? ascii[letter] : other.get(letter);
        return atoms == null ? NONE : atoms;
    }
}
