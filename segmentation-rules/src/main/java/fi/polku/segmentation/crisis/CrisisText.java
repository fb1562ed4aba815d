package fi.polku.segmentation.crisis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The crisis detector's own analysis: lower case, diacritics folded (ä to a, ö to o, å to a), apostrophes dropped
 * (don't to dont), then words split on anything that is not a letter or digit. No stemming and no stop words: a
 * search analyzer drops exactly the small words ("en", "not") that carry a crisis phrase.
 */
final class CrisisText {

    /** Folded forms of the Latin letters up to U+024F, computed once: the common non-ASCII letters take no lookup. */
    private static final String[] LATIN = latinTable();

    private CrisisText() {}

    private static String[] latinTable() {
        String[] table = new String[0x250];
        for (char c = 0x80; c < table.length; c++) {
            StringBuilder folded = new StringBuilder(2);
            foldSlow(c, folded);
            table[c] = folded.toString();
        }
        return table;
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

    static String[] words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words.toArray(String[]::new);
    }
}
