package fi.polku.segmentation.crisis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The crisis detector's one normalisation, the same for every free text: lower case, diacritics folded (ä to a, ö to
 * o, å to a), apostrophes dropped (don't to dont), letters repeated three or more times cut to two (kuoooolla to
 * kuoolla; the form cut to one is kept beside it, so diiiie also reads die), and words split on anything that is not
 * a letter or digit (punctuation and emoji). It remembers where a clause ends (any punctuation mark between two
 * words) and where a sentence ends (. ! ? or a line break), because guards never reach over a clause and phrases
 * never over a sentence. No stemming and no stop words: a search analyzer drops exactly the small words ("en",
 * "not") that carry a crisis phrase.
 *
 * @param words the folded words
 * @param singles for a word that had a letter three or more times in a row, that word with every such run cut to one
 *     letter; otherwise null
 * @param clauseBreaks bit {@code i} set when punctuation stands between word {@code i - 1} and word {@code i}
 * @param sentences the sentence number of every word
 * @param askBreaks bit {@code i} set when a question mark, a colon or a dash stands between word {@code i - 1} and word
 *     {@code i}: what comes after it may answer what comes before it ("Itsetuhoisuus: ei", "suicidal? no")
 */
record CrisisText(String[] words, String[] singles, BitSet clauseBreaks, int[] sentences, BitSet askBreaks) {

    /** Folded forms of the Latin letters up to U+024F, computed once: the common non-ASCII letters take no lookup. */
    private static final String[] LATIN = latinTable();

    private static String[] latinTable() {
        String[] table = new String[0x250];
        for (char c = 0x80; c < table.length; c++) {
            StringBuilder folded = new StringBuilder(2);
            foldSlow(c, folded);
            table[c] = folded.toString();
        }
        return table;
    }

    int size() {
        return words.length;
    }

    /** Whether words {@code from} and {@code to} (from before to) stand in one clause. */
    boolean oneClause(int from, int to) {
        int next = clauseBreaks.nextSetBit(from + 1);
        return next < 0 || next > to;
    }

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c != '\'' && c != '`') {
                    folded.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                }
            } else if (c < LATIN.length) {
                folded.append(LATIN[c]);
            } else {
                foldSlow(c, folded);
            }
        }
        return folded.toString();
    }

    /** Non-ASCII: apostrophe-like marks are dropped, letters lose their diacritics (ä to a, ö to o, å to a). */
    private static void foldSlow(char c, StringBuilder folded) {
        if (c == '\u2019' || c == '\u2018' || c == '\u00b4') {
            return;
        }
        if (c == '\u00df') {
            folded.append('s');
            return;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char part = decomposed.charAt(i);
            if (Character.getType(part) != Character.NON_SPACING_MARK) {
                folded.append(part);
            }
        }
    }

    /** The folded words only, as phrase lists are read. */
    static String[] words(String text) {
        return analyse(text).words();
    }

    /** Folds and splits a free text. */
    static CrisisText analyse(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        BitSet clauseBreaks = new BitSet();
        BitSet askBreaks = new BitSet();
        int[] sentences = new int[16];
        int sentence = 0;
        boolean clauseBreak = false;
        boolean sentenceBreak = false;
        boolean askBreak = false;
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                // A hyphen between letters joins a compound (itsemurha-ajatuksia): no clause break there.
                while (i < n
                        && (Character.isLetterOrDigit(folded.charAt(i))
                                || folded.charAt(i) == '-'
                                        && i + 1 < n
                                        && Character.isLetterOrDigit(folded.charAt(i + 1))
                                        && i > start)) {
                    i++;
                }
                if (sentenceBreak && !words.isEmpty()) {
                    sentence++;
                }
                if (clauseBreak && !words.isEmpty()) {
                    clauseBreaks.set(words.size());
                }
                if (askBreak && !words.isEmpty()) {
                    askBreaks.set(words.size());
                }
                clauseBreak = false;
                sentenceBreak = false;
                askBreak = false;
                int partStart = start;
                for (int k = start; k <= i; k++) {
                    if (k == i || folded.charAt(k) == '-') {
                        if (k > partStart) {
                            addWord(folded.substring(partStart, k), words, singles);
                            if (sentences.length < words.size()) {
                                sentences = Arrays.copyOf(sentences, sentences.length * 2);
                            }
                            sentences[words.size() - 1] = sentence;
                        }
                        partStart = k + 1;
                    }
                }
            } else {
                // A dash inside a word joins a compound (taken above); here it stands between words.
                askBreak |= c == '?' || c == ':' || c == '-' || c == '\u2013' || c == '\u2014';
                if (c == '\n' || c == '!' || c == '?') {
                    sentenceBreak = true;
                } else if (c == '.') {
                    // An ellipsis ("haluun vaan... kuolla") is a pause, not the end of a sentence.
                    boolean ellipsis = i + 1 < n && folded.charAt(i + 1) == '.' || i > 0 && folded.charAt(i - 1) == '.';
                    sentenceBreak |= !ellipsis;
                }
                if (!Character.isWhitespace(c)
                        && !Character.isSurrogate(c)
                        && Character.getType(c) != Character.OTHER_SYMBOL) {
                    clauseBreak = true;
                }
                clauseBreak |= sentenceBreak;
                i++;
            }
        }
        return new CrisisText(
                words.toArray(String[]::new),
                singles.toArray(String[]::new),
                clauseBreaks,
                Arrays.copyOf(sentences, words.size()),
                askBreaks);
    }

    /** Adds a word with runs of three or more equal letters cut to two, and the form cut to one when it differs. */
    private static void addWord(String word, List<String> words, List<String> singles) {
        if (!hasRun(word)) {
            words.add(word);
            singles.add(null);
            return;
        }
        StringBuilder two = new StringBuilder(word.length());
        StringBuilder one = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            int run = 1;
            while (i + run < word.length() && word.charAt(i + run) == c) {
                run++;
            }
            two.append(c);
            one.append(c);
            if (!Character.isLetter(c)) {
                // A run of digits is kept whole: "2000" is no "200".
                String rest = String.valueOf(c).repeat(run - 1);
                two.append(rest);
                one.append(rest);
            } else if (run == 2) {
                two.append(c);
                one.append(c);
            } else if (run > 2) {
                two.append(c);
            }
            i += run;
        }
        words.add(two.toString());
        singles.add(one.toString());
    }

    private static boolean hasRun(String word) {
        for (int i = 2; i < word.length(); i++) {
            // Letters only: a year keeps its digits ("2000" is no "200").
            if (word.charAt(i) == word.charAt(i - 1)
                    && word.charAt(i) == word.charAt(i - 2)
                    && Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
