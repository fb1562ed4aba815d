package fi.polku.segmentation.crisis;

import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One language's crisis phrases, read from a plain-text list: {@code [category]} headers, one phrase a line (words
 * in order, {@code a|b} alternatives, {@code stem*} prefixes), {@code !} guard lines for figures of speech and
 * negations, {@code ~} words that are never read as typos, and {@code #} comments.
 */
public record PhraseList(Language language, List<Phrase> phrases, List<String> neverTypos) {

    private static final Pattern CATEGORY = Pattern.compile("\\[([a-z_]+)]");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+\\*?");

    /** A phrase: its category ({@code guard} for guards), its source text and its words with alternatives. */
    public record Phrase(String category, String source, List<List<String>> words, int line) {

        public Phrase {
            words = words.stream().map(List::copyOf).toList();
        }

        public boolean guard() {
            return category.equals("guard");
        }
    }

    public PhraseList {
        phrases = List.copyOf(phrases);
        neverTypos = List.copyOf(neverTypos);
    }

    /** Reads a phrase list; words are folded like the text they are matched against. */
    public static PhraseList parse(Language language, String text) {
        List<Phrase> phrases = new ArrayList<>();
        List<String> neverTypos = new ArrayList<>();
        String category = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = stripComment(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            var header = CATEGORY.matcher(line);
            if (header.matches()) {
                category = header.group(1);
            } else if (line.startsWith("~")) {
                neverTypos.addAll(Arrays.asList(CrisisText.words(line.substring(1))));
            } else if (line.startsWith("!")) {
                phrases.add(phrase("guard", line.substring(1).strip(), lineNumber));
            } else if (category == null) {
                throw new PhraseListException(lineNumber, "a phrase before any [category] header");
            } else {
                phrases.add(phrase(category, line, lineNumber));
            }
        }
        return new PhraseList(language, phrases, neverTypos);
    }

    private static Phrase phrase(String category, String source, int line) {
        List<List<String>> words = new ArrayList<>();
        for (String position : source.split("\\s+")) {
            List<String> alternatives = new ArrayList<>();
            for (String alternative : position.split("\\|")) {
                String folded = CrisisText.fold(alternative);
                if (!WORD.matcher(folded).matches()) {
                    throw new PhraseListException(line, "'" + alternative + "' is not a word or a stem*");
                }
                alternatives.add(folded);
            }
            words.add(alternatives);
        }
        return new Phrase(category, source, words, line);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }
}
