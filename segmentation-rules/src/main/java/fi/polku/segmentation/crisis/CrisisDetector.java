package fi.polku.segmentation.crisis;

import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds crisis expressions (suicidal thoughts, a wish to die, self-harm, harming others) in free text, in every
 * language whatever the page language. Words of a phrase must come in order, with at most {@value #GAP} other words
 * between two of them. A guard phrase, matched exactly (never by typo), (a figure of speech or a negation) takes its words out of play, so a crisis
 * phrase cannot use them; anything else that matches is flagged: when in doubt, flag.
 */
public final class CrisisDetector {

    static final int GAP = 2;

    private record Compiled(String category, Language language, String source, int[][] atoms) {}

    private final Lexicon lexicon;
    private final Lexicon guardLexicon;
    private final FirstWordIndex phraseStarts;
    private final FirstWordIndex guardStarts;
    private final List<Compiled> phrases = new ArrayList<>();
    private final List<Compiled> guards = new ArrayList<>();

    private CrisisDetector(List<PhraseList> lists) {
        Set<String> neverTypos = new HashSet<>();
        lists.forEach(l -> neverTypos.addAll(l.neverTypos()));
        Lexicon.Builder phraseWords = new Lexicon.Builder();
        Lexicon.Builder guardWords = new Lexicon.Builder();
        for (PhraseList list : lists) {
            for (PhraseList.Phrase phrase : list.phrases()) {
                Lexicon.Builder words = phrase.guard() ? guardWords : phraseWords;
                int[][] atoms = phrase.words().stream()
                        .map(alternatives ->
                                alternatives.stream().mapToInt(words::id).toArray())
                        .toArray(int[][]::new);
                Compiled compiled = new Compiled(phrase.category(), list.language(), phrase.source(), atoms);
                (phrase.guard() ? guards : phrases).add(compiled);
            }
        }
        this.lexicon = phraseWords.build(neverTypos, true);
        this.guardLexicon = guardWords.build(neverTypos, false);
        this.phraseStarts =
                new FirstWordIndex(phrases.stream().map(Compiled::atoms).toList());
        this.guardStarts =
                new FirstWordIndex(guards.stream().map(Compiled::atoms).toList());
    }

    /** A detector over these phrase lists, typically one per language. */
    public static CrisisDetector of(List<PhraseList> lists) {
        return new CrisisDetector(lists);
    }

    public boolean isCrisis(String text) {
        return detect(text).isPresent();
    }

    /** The first crisis expression (in phrase-list order) found in the text, in any of the languages. */
    public Optional<CrisisSignal> detect(String text) {
        String[] words = CrisisText.words(text);
        if (words.length == 0) {
            return Optional.empty();
        }
        BitSet guarded = new BitSet(words.length);
        BitSet[] guardMatches = guardLexicon.match(words);
        guardStarts.forEachStart(guardMatches, (guard, start) -> {
            int[] used = new int[guards.get(guard).atoms().length];
            if (matchFrom(guards.get(guard).atoms(), 0, start, guardMatches, new BitSet(), used)) {
                for (int w : used) {
                    guarded.set(w);
                }
            }
        });
        BitSet[] matches = lexicon.match(words);
        int[] best = {Integer.MAX_VALUE};
        phraseStarts.forEachStart(matches, (phrase, start) -> {
            if (phrase < best[0]) {
                int[] used = new int[phrases.get(phrase).atoms().length];
                if (matchFrom(phrases.get(phrase).atoms(), 0, start, matches, guarded, used)) {
                    best[0] = phrase;
                }
            }
        });
        if (best[0] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        Compiled found = phrases.get(best[0]);
        return Optional.of(new CrisisSignal(found.category(), found.language(), found.source()));
    }

    private static boolean matchFrom(
            int[][] atoms, int position, int word, BitSet[] matches, BitSet excluded, int[] used) {
        if (word >= matches.length || excluded.get(word) || !any(matches[word], atoms[position])) {
            return false;
        }
        used[position] = word;
        if (position == atoms.length - 1) {
            return true;
        }
        int last = Math.min(matches.length - 1, word + 1 + GAP);
        for (int next = word + 1; next <= last; next++) {
            if (matchFrom(atoms, position + 1, next, matches, excluded, used)) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(BitSet matched, int[] alternatives) {
        for (int atom : alternatives) {
            if (matched.get(atom)) {
                return true;
            }
        }
        return false;
    }
}
