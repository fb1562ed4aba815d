package fi.polku.segmentation.crisis;

import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One language's crisis phrases, read from a plain-text list: {@code [category]} headers, {@code @class = a|b}
 * word classes, one phrase a line (words in order, {@code a|b} alternatives, {@code stem*} prefixes, {@code *end}
 * endings, {@code @class}, a final {@code $} for "the clause ends here"), {@code +} before a phrase whose words may
 * come in any order near one another, {@code ++} anywhere in the sentence, {@code !} guard lines, {@code ~} words that are never read as typos, and {@code #} comments.
 * The categories {@code past}, {@code well} and {@code present} hold the markers of the past policy, not crises;
 * {@code leaving} holds the reasons of an ordinary goodbye (moving, a new job, a course ending, a holiday).
 */
public record PhraseList(Language language, List<Phrase> phrases, List<String> neverTypos) {

    /**
     * Categories that describe when something happened or why a goodbye is said, not a crisis (see {@link
     * CrisisDetector}).
     */
    public static final Set<String> CONTEXT = Set.of("past", "well", "now", "present", "leaving");

    /**
     * The parts of a reported question answered no ("the doctor asked about self-harm, I said no"): the question
     * marker, the writer's explicit no, and a word after the no that takes it back ("but honestly", "valehtelin");
     * and a form's answer label between a question and its no ("Q: ...? A: No", "Svar: nej"); a word of living,
     * going on, being missed or safe in the question ("Haluatko elää? En.", "Would anyone miss me? No."), where the no
     * is the crisis and takes nothing out of play; an exception in the sentence of a bare no ("No, only at night");
     * an end in time right after a denial ("never ... until last week"), which then denies nothing. And the parts of a
     * negated clause ("en mä oo halunnu tappaa itteeni", "jag har aldrig skurit mig", see {@link CrisisDetector}): the
     * negation ({@code not}), the words that may lead up to it ({@code lead}: "sanoin et", "jag har"), stand between
     * it and the crisis words ({@code filler}; after a report of one's own answer, {@code says}: "ja sa att"): "mä oo halunnu", "have thoughts of") or follow them to the clause's end
     * ({@code trail}: "koskaan", "på något sätt", "at all"), a word that takes the denial back ({@code but}), and a
     * word of knowing or telling that makes the "not" a secret kept rather than a denial ({@code unsaid}: "ingen vet").
     */
    public static final Set<String> REPORTED = Set.of(
            "asked",
            "denied",
            "contrast",
            "label",
            "life",
            "except",
            "until",
            "not",
            "lead",
            "says",
            "filler",
            "trail",
            "unsaid",
            "but");

    private static final Pattern REPORTED_LINE = Pattern.compile(
            "\\?(asked|denied|contrast|label|life|except|until|not|lead|says|filler|trail|unsaid|but)\\s+(.+)");

    private static final Pattern CATEGORY = Pattern.compile("\\[([a-z_]+)]");
    private static final Pattern CLASS = Pattern.compile("@([\\p{L}_]+)\\s*=\\s*(.+)");
    private static final Pattern WORD = Pattern.compile("\\*?[a-z0-9]+\\*?");

    /**
     * A phrase: its category ({@code guard} for guards), its source text, its words with alternatives, whether they
     * may come in any order, and whether the clause must end after the last word.
     */
    public record Phrase(
            String category,
            String source,
            List<List<String>> words,
            int line,
            boolean anyOrder,
            boolean wide,
            boolean clauseEnd) {

        public Phrase {
            words = words.stream().map(List::copyOf).toList();
        }

        public boolean guard() {
            return category.equals("guard");
        }

        /** A part of a reported question (see {@link #REPORTED}); matched like a guard, exact and adjacent. */
        public boolean reported() {
            return REPORTED.contains(category);
        }

        public boolean context() {
            return CONTEXT.contains(category);
        }

        /** A strong term: one word of a crisis category, flagged wherever it stands unless a guard covers it. */
        public boolean strong() {
            return words.size() == 1 && !guard() && !context() && !reported();
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
        Map<String, List<String>> classes = new HashMap<>();
        String category = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = stripComment(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            var header = CATEGORY.matcher(line);
            var wordClass = CLASS.matcher(line);
            if (header.matches()) {
                category = header.group(1);
            } else if (wordClass.matches()) {
                if (classes.containsKey(wordClass.group(1))) {
                    throw new PhraseListException(lineNumber, "word class @" + wordClass.group(1) + " defined twice");
                }
                classes.put(wordClass.group(1), alternatives(wordClass.group(2).strip(), classes, lineNumber));
            } else if (line.startsWith("~")) {
                for (String word : line.substring(1).strip().split("\\s+")) {
                    neverTypos.add(checkedWord(CrisisText.fold(word), word, lineNumber));
                }
            } else if (line.startsWith("?")) {
                var reported = REPORTED_LINE.matcher(line);
                if (!reported.matches()) {
                    throw new PhraseListException(
                            lineNumber,
                            "a ? line is ?asked, ?denied, ?contrast, ?label, ?life, ?except, ?until, ?not, ?lead, ?says, ?filler,"
                                    + " ?trail or ?but and its words");
                }
                phrases.add(phrase(reported.group(1), reported.group(2).strip(), lineNumber, false, false, classes));
            } else if (line.startsWith("!")) {
                phrases.add(phrase("guard", line.substring(1).strip(), lineNumber, false, false, classes));
            } else if (category == null) {
                throw new PhraseListException(lineNumber, "a phrase before any [category] header");
            } else if (line.startsWith("++")) {
                phrases.add(phrase(category, line.substring(2).strip(), lineNumber, true, true, classes));
            } else if (line.startsWith("+")) {
                phrases.add(phrase(category, line.substring(1).strip(), lineNumber, true, false, classes));
            } else {
                phrases.add(phrase(category, line, lineNumber, false, false, classes));
            }
        }
        return new PhraseList(language, phrases, neverTypos);
    }

    private static Phrase phrase(
            String category,
            String source,
            int line,
            boolean anyOrder,
            boolean wide,
            Map<String, List<String>> classes) {
        List<String> positions = new ArrayList<>(Arrays.asList(source.split("\\s+")));
        boolean clauseEnd = positions.getLast().equals("$");
        if (clauseEnd) {
            positions.removeLast();
        }
        if (positions.isEmpty()) {
            throw new PhraseListException(line, "a phrase needs at least one word");
        }
        List<List<String>> words = new ArrayList<>();
        for (String position : positions) {
            words.add(alternatives(position, classes, line));
        }
        return new Phrase(category, source, words, line, anyOrder, wide, clauseEnd);
    }

    private static List<String> alternatives(String position, Map<String, List<String>> classes, int line) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : position.split("\\|")) {
            if (alternative.startsWith("@")) {
                List<String> members = classes.get(alternative.substring(1));
                if (members == null) {
                    throw new PhraseListException(line, "unknown word class " + alternative + " (define it above)");
                }
                alternatives.addAll(members);
            } else {
                alternatives.add(checkedWord(CrisisText.fold(alternative), alternative, line));
            }
        }
        return alternatives;
    }

    private static String checkedWord(String folded, String written, int line) {
        if (!WORD.matcher(folded).matches() || folded.startsWith("*") && folded.endsWith("*")) {
            throw new PhraseListException(line, "'" + written + "' is not a word, a stem* or an *ending");
        }
        return folded;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }
}
