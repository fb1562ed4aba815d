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

    private CrisisText() {}

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '\''
                    || c == '\u2019'
                    || c == '\u2018'
                    || c == '`'
                    || c == '\u00b4') {
                continue;
            }
            folded.append(c == 'ß' ? 's' : c);
        }
        return folded.toString();
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
