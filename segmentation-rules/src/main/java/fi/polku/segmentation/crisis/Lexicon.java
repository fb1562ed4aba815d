package fi.polku.segmentation.crisis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every distinct word and stem of the phrase lists, numbered, and the matching of a text's words against them. A
 * word matches exactly, a {@code stem*} matches any word that starts with it, a {@code *end} any word that ends with
 * it, and words and stems of {@value #TYPO_LENGTH} or more letters also match with one typo (an insertion, deletion,
 * substitution or swap of neighbours), unless the text's word is listed as never a typo (a real word one letter
 * away, such as kuulla for kuolla). Two neighbouring words written apart are also read as one ("itse tuhoinen",
 * "my self") when the first is the start of a word or stem of the lists. Whole-word atoms are found through a
 * {@link TypoIndex}; the stems are indexed by their first two letters.
 */
final class Lexicon {

    static final int TYPO_LENGTH = 4;

    /**
     * Shortest word or stem that also matches with one letter replaced. Shorter ones (4 or 5 letters) match only
     * with a letter missing, added or swapped ("wnt" for want, "dei" is listed): one letter replaced in a short word
     * is mostly another real word (tämän for tapan, fill for kill).
     */
    static final int SUBSTITUTION_LENGTH = 6;

    /** Shortest word or stem that a word written apart is joined to. */
    private static final int JOIN_LENGTH = 6;

    /** A word or stem of the phrase lists; {@code letters} has a bit for each letter it contains. */
    record Atom(int id, String text, boolean prefix, long letters) {}

    /** Collects atoms while phrases are compiled; {@link #build} freezes them into an index. */
    static final class Builder {
        private final Map<String, Integer> ids = new LinkedHashMap<>();

        int id(String word) {
            return ids.computeIfAbsent(word, w -> ids.size());
        }

        Lexicon build(Set<String> neverTypos, boolean typos) {
            return new Lexicon(ids, neverTypos, typos);
        }
    }

    private final int size;
    private final Map<String, Integer> exact = new HashMap<>();
    private final AtomsByLetter prefixesByFirst;
    private final List<Atom> suffixes = new ArrayList<>();
    private final AtomsByLetter fuzzyStemsByLetter;
    private final TypoIndex fuzzyWords;
    private final Set<String> neverTypoWords = new HashSet<>();
    private final List<String> neverTypoStems = new ArrayList<>();
    private final Set<String> joinStarts = new HashSet<>();
    private final boolean typos;

    private Lexicon(Map<String, Integer> ids, Set<String> neverTypos, boolean typos) {
        this.size = ids.size();
        this.typos = typos;
        neverTypos.forEach(w -> {
            if (w.endsWith("*")) {
                neverTypoStems.add(w.substring(0, w.length() - 1));
            } else {
                neverTypoWords.add(w);
            }
        });
        List<TypoIndex.Entry> fuzzy = new ArrayList<>();
        Map<Character, List<Atom>> prefixes = new HashMap<>();
        Map<Character, List<Atom>> fuzzyStems = new HashMap<>();
        ids.forEach((word, id) -> {
            if (word.startsWith("*")) {
                suffixes.add(new Atom(id, word.substring(1), false, 0));
                return;
            }
            boolean prefix = word.endsWith("*");
            String text = prefix ? word.substring(0, word.length() - 1) : word;
            Atom atom = new Atom(id, text, prefix, letters(text, text.length()));
            if (prefix) {
                AtomsByLetter.add(prefixes, text.charAt(0), atom);
            } else {
                exact.put(atom.text(), id);
            }
            if (text.length() >= JOIN_LENGTH) {
                for (int k = 2; k <= text.length() - 2; k++) {
                    joinStarts.add(text.substring(0, k));
                }
            }
            if (atom.text().length() >= TYPO_LENGTH) {
                if (prefix) {
                    // A word one edit from a stem starts with the stem's first or second letter, or has its first
                    // letter second: index by the first two letters, look up by the word's first two.
                    AtomsByLetter.add(fuzzyStems, text.charAt(0), atom);
                    if (text.charAt(1) != text.charAt(0)) {
                        AtomsByLetter.add(fuzzyStems, text.charAt(1), atom);
                    }
                } else {
                    fuzzy.add(new TypoIndex.Entry(id, atom.text()));
                }
            }
        });
        this.fuzzyWords = new TypoIndex(fuzzy);
        this.prefixesByFirst = new AtomsByLetter(prefixes);
        this.fuzzyStemsByLetter = new AtomsByLetter(fuzzyStems);
    }

    /** For each word of the text, the ids of the atoms it matches. */
    BitSet[] match(CrisisText text) {
        String[] words = text.words();
        BitSet[] matches = new BitSet[words.length];
        for (int w = 0; w < words.length; w++) {
            BitSet found = new BitSet(size);
            matchWord(words[w], found);
            String single = text.singles()[w];
            if (single != null) {
                matchWord(single, found);
            }
            matches[w] = found;
        }
        // Words written apart: "itse tuhoinen", "my self", "själv mord". Both halves carry the joined word's atoms.
        for (int w = 0; w + 1 < words.length; w++) {
            if (joinStarts.contains(words[w]) && text.oneClause(w, w + 1)) {
                BitSet joined = new BitSet(size);
                matchWord(words[w] + words[w + 1], joined);
                // Only what neither half says alone: "itsemurha ajatuksia" must not make "ajatuksia" a strong term.
                joined.andNot(matches[w]);
                joined.andNot(matches[w + 1]);
                matches[w].or(joined);
                matches[w + 1].or(joined);
            }
        }
        return matches;
    }

    private void matchWord(String word, BitSet found) {
        Integer id = exact.get(word);
        if (id != null) {
            found.set(id);
        }
        for (Atom atom : prefixesByFirst.get(word.charAt(0))) {
            if (sameChars(word, 0, atom.text(), 0, atom.text().length())) {
                found.set(atom.id());
            }
        }
        for (Atom atom : suffixes) {
            if (word.length() > atom.text().length() && word.endsWith(atom.text())) {
                found.set(atom.id());
            }
        }
        if (typos && word.length() >= TYPO_LENGTH - 1 && !neverTypo(word)) {
            fuzzyWords.collect(word, found);
            fuzzyStems(word, word.charAt(0), found);
            if (word.length() > 1 && word.charAt(1) != word.charAt(0)) {
                fuzzyStems(word, word.charAt(1), found);
            }
        }
    }

    private boolean neverTypo(String word) {
        if (neverTypoWords.contains(word)) {
            return true;
        }
        for (String stem : neverTypoStems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private void fuzzyStems(String word, char letter, BitSet found) {
        for (Atom stem : fuzzyStemsByLetter.get(letter)) {
            if (word.length() < stem.text().length()) {
                continue; // a cut-off word is not a typo of a stem
            }
            // One edit can take away at most one letter of the stem from the word's start: a cheap first test.
            long missing = stem.letters() & ~letters(word, stem.text().length() + 1);
            if (Long.bitCount(missing) <= 1
                    && !found.get(stem.id())
                    && oneEdit(stem.text(), word, true, stem.text().length() >= SUBSTITUTION_LENGTH)) {
                found.set(stem.id());
            }
        }
    }

    /** A bit for each letter among the first {@code length} of the text (letters share bits modulo 64). */
    private static long letters(String text, int length) {
        long bits = 0;
        for (int i = Math.min(length, text.length()) - 1; i >= 0; i--) {
            bits |= 1L << (text.charAt(i) & 63);
        }
        return bits;
    }

    /**
     * Whether the word equals the atom (or, for a stem, starts with it) after at most one insertion, deletion,
     * substitution or swap of neighbours. Compares in place, without building strings.
     */
    static boolean oneEdit(String atom, String word, boolean prefix) {
        return oneEdit(atom, word, prefix, true);
    }

    /** The same, with replacing a letter allowed or not. */
    static boolean oneEdit(String atom, String word, boolean prefix, boolean substitution) {
        int la = atom.length();
        int lw = word.length();
        if (!prefix && Math.abs(la - lw) > 1 || prefix && lw < la - 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lw && atom.charAt(i) == word.charAt(i)) {
            i++;
        }
        if (i == la) {
            return prefix || lw - la <= 1;
        }
        if (i == lw) {
            return la - lw <= 1;
        }
        return substitution && rest(atom, i + 1, word, i + 1, prefix) // substitution
                || rest(atom, i, word, i + 1, prefix) // extra letter in the word
                || rest(atom, i + 1, word, i, prefix) // missing letter in the word
                || i + 1 < la
                        && i + 1 < lw
                        && atom.charAt(i) == word.charAt(i + 1)
                        && atom.charAt(i + 1) == word.charAt(i)
                        && rest(atom, i + 2, word, i + 2, prefix); // swapped neighbours
    }

    private static boolean rest(String atom, int from, String word, int wordFrom, boolean prefix) {
        int remaining = atom.length() - from;
        if (remaining < 0 || wordFrom > word.length()) {
            return remaining <= 0 && (prefix || wordFrom >= word.length());
        }
        if (!prefix && word.length() - wordFrom != remaining) {
            return false;
        }
        return word.length() - wordFrom >= remaining && sameChars(word, wordFrom, atom, from, remaining);
    }

    /** Like {@link String#regionMatches(int, String, int, int)}, but a plain loop: these words are short. */
    private static boolean sameChars(String word, int wordFrom, String atom, int from, int count) {
        if (word.length() - wordFrom < count) {
            return false;
        }
        for (int k = 0; k < count; k++) {
            if (word.charAt(wordFrom + k) != atom.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }
}
