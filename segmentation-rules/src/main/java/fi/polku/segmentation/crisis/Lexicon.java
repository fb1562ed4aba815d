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

    private static final int[] NO_IDS = {};

    /**
     * Shortest word or stem that also matches with one letter replaced. Shorter ones (4 or 5 letters) match only
     * with a letter missing, added or swapped ("wnt" for want, "dei" is listed): one letter replaced in a short word
     * is mostly another real word (tämän for tapan, fill for kill).
     */
    static final int SUBSTITUTION_LENGTH = 6;

    /** Shortest word or stem that a word written apart is joined to. */
    private static final int JOIN_LENGTH = 6;

    /** A word, stem or ending of the phrase lists. */
    record Atom(int id, String text, boolean prefix) {}

    /** Collects atoms while phrases are compiled; {@link #build} freezes them into an index. */
    static final class Builder {
        private final Map<String, Integer> ids = new LinkedHashMap<>();
        private final Set<String> fuzzy = new HashSet<>();

        int id(String word) {
            fuzzy.add(word);
            return ids.computeIfAbsent(word, w -> ids.size());
        }

        /** A word that matches only exactly, unless another phrase also uses it with {@link #id}. */
        int exactId(String word) {
            return ids.computeIfAbsent(word, w -> ids.size());
        }

        Lexicon build(Set<String> neverTypos, boolean typos) {
            return new Lexicon(ids, fuzzy, neverTypos, typos);
        }
    }

    private final int size;
    private final ExactWords exact;
    /** Stems by their first two letters (most words start no stem: few candidates); one-letter stems by the letter. */
    private final StemsByPair prefixesByFirstTwo;

    private final AtomsByLetter shortPrefixes;
    /**
     * Endings ({@code *end}) by their last letter: a word is compared only with the endings it can have, not all of
     * them (every word of every text went through the whole list).
     */
    private final AtomsByLetter suffixesByLast;
    /**
     * Stems of {@value #TYPO_LENGTH}+ letters by two letters: the first two, the third and fourth, first and fourth.
     * Keyed by the two letters packed in an int, in {@link StemsByPair} (no boxing on the hot path: five look-ups a
     * word).
     */
    private final StemsByPair stemsByHead;

    private final StemsByPair stemsByTail;
    private final StemsByPair stemsByEnds;
    private final TypoIndex fuzzyWords;
    private final Set<String> neverTypoWords = new HashSet<>();
    private final List<String> neverTypoStems = new ArrayList<>();
    /**
     * Starts of the long words and stems that a word written apart is joined to, each with the letters that can come
     * next: "itse" with "t" (itsetuho*), so "itse ja" is never concatenated and looked up.
     */
    private final Map<String, String> joinStarts = new HashMap<>();

    private final boolean typos;

    private Lexicon(Map<String, Integer> ids, Set<String> typoWords, Set<String> neverTypos, boolean typos) {
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
        Map<Character, List<Atom>> suffixes = new HashMap<>();
        Map<String, Integer> exactIds = new HashMap<>();
        Map<Integer, List<Atom>> prefixesByTwo = new HashMap<>();
        Map<Integer, List<Atom>> byHead = new HashMap<>();
        Map<Integer, List<Atom>> byTail = new HashMap<>();
        Map<Integer, List<Atom>> byEnds = new HashMap<>();
        ids.forEach((word, id) -> {
            if (word.startsWith("*")) {
                String ending = word.substring(1);
                AtomsByLetter.add(suffixes, ending.charAt(ending.length() - 1), new Atom(id, ending, false));
                return;
            }
            boolean prefix = word.endsWith("*");
            String text = prefix ? word.substring(0, word.length() - 1) : word;
            Atom atom = new Atom(id, text, prefix);
            if (prefix) {
                if (text.length() >= 2) {
                    prefixesByTwo
                            .computeIfAbsent(key(text.charAt(0), text.charAt(1)), k -> new ArrayList<>())
                            .add(atom);
                } else {
                    AtomsByLetter.add(prefixes, text.charAt(0), atom);
                }
            } else {
                exactIds.put(atom.text(), id);
            }
            if (!typoWords.contains(word)) {
                return;
            }
            if (text.length() >= JOIN_LENGTH) {
                for (int k = 2; k <= text.length() - 2; k++) {
                    String next = String.valueOf(text.charAt(k));
                    joinStarts.merge(text.substring(0, k), next, (a, b) -> a.contains(b) ? a : a + b);
                }
            }
            if (atom.text().length() >= TYPO_LENGTH) {
                if (prefix) {
                    // One edit after the second letter keeps the first two; one in the first two letters keeps the
                    // third and fourth, one place early, in place or one place late; swapping the second and third
                    // keeps the first and fourth. So three small indexes find every candidate.
                    byHead.computeIfAbsent(key(text.charAt(0), text.charAt(1)), k -> new ArrayList<>())
                            .add(atom);
                    byTail.computeIfAbsent(key(text.charAt(2), text.charAt(3)), k -> new ArrayList<>())
                            .add(atom);
                    byEnds.computeIfAbsent(key(text.charAt(0), text.charAt(3)), k -> new ArrayList<>())
                            .add(atom);
                } else {
                    fuzzy.add(new TypoIndex.Entry(id, atom.text()));
                }
            }
        });
        this.fuzzyWords = new TypoIndex(fuzzy);
        this.stemsByHead = new StemsByPair(byHead);
        this.stemsByTail = new StemsByPair(byTail);
        this.stemsByEnds = new StemsByPair(byEnds);
        this.shortPrefixes = new AtomsByLetter(prefixes);
        this.suffixesByLast = new AtomsByLetter(suffixes);
        this.exact = new ExactWords(exactIds);
        this.prefixesByFirstTwo = new StemsByPair(prefixesByTwo);
    }

    /**
     * For each word of the text, the ids of the atoms it matches, ascending: a word matches a handful of atoms at most,
     * so a short array per word replaces a bit set as wide as the lexicon (thousands of bits allocated, cleared and
     * scanned for every word). The bit sets below are scratch, one per call, emptied after each word.
     */
    int[][] match(CrisisText text) {
        String[] words = text.words();
        int[][] matches = new int[words.length][];
        BitSet found = new BitSet(size);
        BitSet typo = new BitSet(size);
        for (int w = 0; w < words.length; w++) {
            matchWord(words[w], found, typo);
            String single = text.singles()[w];
            if (single != null) {
                matchWord(single, found, typo);
            }
            matches[w] = takeIds(found);
        }
        // Words written apart: "itse tuhoinen", "my self", "själv mord". Both halves carry the joined word's atoms.
        for (int w = 0; w + 1 < words.length; w++) {
            String next = joinStarts.get(words[w]);
            if (next != null && next.indexOf(words[w + 1].charAt(0)) >= 0 && text.oneClause(w, w + 1)) {
                matchExactly(words[w] + words[w + 1], found);
                // Only what neither half says alone: "itsemurha ajatuksia" must not make "ajatuksia" a strong term.
                for (int id : matches[w]) {
                    found.clear(id);
                }
                for (int id : matches[w + 1]) {
                    found.clear(id);
                }
                int[] joined = takeIds(found);
                matches[w] = union(matches[w], joined);
                matches[w + 1] = union(matches[w + 1], joined);
            }
        }
        return matches;
    }

    /** The set ids, ascending, leaving the scratch set empty. */
    private static int[] takeIds(BitSet found) {
        if (found.isEmpty()) {
            return NO_IDS;
        }
        int[] ids = new int[found.cardinality()];
        int k = 0;
        for (int id = found.nextSetBit(0); id >= 0; id = found.nextSetBit(id + 1)) {
            ids[k++] = id;
        }
        for (int id : ids) {
            found.clear(id);
        }
        return ids;
    }

    /** Two ascending id arrays with no id in common, merged. */
    private static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        for (int k = 0; k < merged.length; k++) {
            merged[k] = j == b.length || i < a.length && a[i] < b[j] ? a[i++] : b[j++];
        }
        return merged;
    }

    /** Adds the word's atoms to {@code found}; {@code typo} is scratch, empty before and after. */
    private void matchWord(String word, BitSet found, BitSet typo) {
        // The word's own typo matches, before the exact ones of this word and of its other form are added.
        if (typos && word.length() >= TYPO_LENGTH - 1) {
            fuzzyWords.collect(word, typo);
            fuzzyStems(word, typo);
        }
        matchExactly(word, found);
        if (!typo.isEmpty()) {
            typo.andNot(found);
            if (!typo.isEmpty() && !neverTypo(word)) {
                found.or(typo);
            }
            typo.clear();
        }
    }

    /** Exact words, stems and endings, no typos. */
    private void matchExactly(String word, BitSet found) {
        int id = exact.id(word);
        if (id >= 0) {
            found.set(id);
        }
        if (word.length() >= 2) {
            for (Atom atom : prefixesByFirstTwo.get(key(word.charAt(0), word.charAt(1)))) {
                if (sameChars(word, 0, atom.text(), 0, atom.text().length())) {
                    found.set(atom.id());
                }
            }
        }
        for (Atom atom : shortPrefixes.get(word.charAt(0))) {
            found.set(atom.id());
        }
        for (Atom atom : suffixesByLast.get(word.charAt(word.length() - 1))) {
            if (word.length() > atom.text().length() && word.endsWith(atom.text())) {
                found.set(atom.id());
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

    private void fuzzyStems(String word, BitSet found) {
        if (word.length() < TYPO_LENGTH) {
            return;
        }
        candidates(stemsByHead.get(key(word.charAt(0), word.charAt(1))), word, found);
        for (int at = 1; at <= 3 && at + 1 < word.length(); at++) {
            candidates(stemsByTail.get(key(word.charAt(at), word.charAt(at + 1))), word, found);
        }
        candidates(stemsByEnds.get(key(word.charAt(0), word.charAt(3))), word, found);
    }

    private static void candidates(Atom[] stems, String word, BitSet found) {
        for (Atom stem : stems) {
            // A cut-off word is not a typo of a stem.
            if (word.length() >= stem.text().length()
                    && !found.get(stem.id())
                    && oneEdit(stem.text(), word, true, stem.text().length() >= SUBSTITUTION_LENGTH)) {
                found.set(stem.id());
            }
        }
    }

    static int key(char first, char second) {
        return first << 16 | second;
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
