package fi.polku.segmentation.crisis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every distinct word and stem of the phrase lists, numbered, and the matching of a text's words against them. A
 * word matches exactly, a {@code stem*} matches any word that starts with it, and atoms of {@value #TYPO_LENGTH} or
 * more letters also match with one typo (an insertion, deletion, substitution or swap), unless the word is listed
 * as never a typo (a real word one letter away, such as kuulla for kuolla).
 */
final class Lexicon {

    static final int TYPO_LENGTH = 6;

    private record Atom(String text, boolean prefix) {}

    private final List<Atom> atoms = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Set<String> neverTypos;
    private final boolean typos;

    /** A lexicon; {@code typos} false matches exactly only (guards must never widen by typo). */
    Lexicon(Set<String> neverTypos, boolean typos) {
        this.neverTypos = Set.copyOf(neverTypos);
        this.typos = typos;
    }

    /** The id of a word or stem, adding it on first sight. */
    int id(String word) {
        return ids.computeIfAbsent(word, w -> {
            boolean prefix = w.endsWith("*");
            atoms.add(new Atom(prefix ? w.substring(0, w.length() - 1) : w, prefix));
            return atoms.size() - 1;
        });
    }

    /** For each word of the text, the ids of the atoms it matches. */
    BitSet[] match(String[] words) {
        BitSet[] matches = new BitSet[words.length];
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            BitSet found = new BitSet(atoms.size());
            boolean typosAllowed = typos && word.length() >= TYPO_LENGTH - 1 && !neverTypos.contains(word);
            for (int a = 0; a < atoms.size(); a++) {
                Atom atom = atoms.get(a);
                if (matches(atom, word, typosAllowed)) {
                    found.set(a);
                }
            }
            matches[w] = found;
        }
        return matches;
    }

    private static boolean matches(Atom atom, String word, boolean typosAllowed) {
        String text = atom.text();
        if (atom.prefix() ? word.startsWith(text) : word.equals(text)) {
            return true;
        }
        if (!typosAllowed || text.length() < TYPO_LENGTH) {
            return false;
        }
        if (!atom.prefix()) {
            return Math.abs(word.length() - text.length()) <= 1 && withinOneEdit(text, word);
        }
        for (int length = text.length() - 1; length <= text.length() + 1; length++) {
            if (length <= word.length() && withinOneEdit(text, word.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la || i == lb) {
            return true;
        }
        if (la == lb) {
            String restA = a.substring(i + 1);
            String restB = b.substring(i + 1);
            boolean swap = i + 1 < la
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return restA.equals(restB) || swap;
        }
        return la > lb
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }
}
