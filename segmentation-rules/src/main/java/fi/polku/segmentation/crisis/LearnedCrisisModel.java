package fi.polku.segmentation.crisis;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The learned second crisis signal: a maximum-entropy model over character n-grams of the detector's folded words,
 * trained offline with Apache OpenNLP on the project's own labelled texts and committed as a data file of the rule
 * folder ({@code crisis/learned/model.tsv}). It may add a crisis flag where the phrase lists found none, never remove
 * one. The file is plain text: {@code #} comments, then {@code key<TAB>value} header lines ({@code threshold}, {@code
 * ngrams} as {@code 3-4}, {@code training} (a hash of the training files), {@code opennlp} (the version that trained
 * it)), then the column line {@code ngram<TAB>crisis<TAB>other} and one n-gram per line with its weight per outcome.
 * An n-gram's word boundary is a space, so lines are never trimmed.
 */
public final class LearnedCrisisModel {

    private static final Set<String> HEADER_KEYS = Set.of("threshold", "ngrams", "training", "opennlp");
    private static final String COLUMNS = "ngram\tcrisis\tother";

    private final double threshold;
    private final String training;
    private final HashedNGramScorer scorer;

    private LearnedCrisisModel(double threshold, String training, HashedNGramScorer scorer) {
        this.threshold = threshold;
        this.training = training;
        this.scorer = scorer;
    }

    /** Reads a model file; a line that cannot be read stops loading with its number. */
    public static LearnedCrisisModel parse(String text) {
        Map<String, String> header = new HashMap<>();
        Map<String, Integer> headerLines = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        boolean columns = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String content = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] fields = content.split("\t", -1);
            if (!columns) {
                if (content.equals(COLUMNS)) {
                    columns = true;
                } else if (fields.length != 2 || !HEADER_KEYS.contains(fields[0])) {
                    throw new LearnedModelException(
                            line, "expected a header line (one of " + HEADER_KEYS + ", a tab, a value) or " + COLUMNS);
                } else if (header.put(fields[0], fields[1].strip()) != null) {
                    throw new LearnedModelException(line, "'" + fields[0] + "' is given twice");
                } else {
                    headerLines.put(fields[0], line);
                }
                continue;
            }
            if (fields.length != 3 || fields[0].isBlank()) {
                throw new LearnedModelException(line, "expected an n-gram, its crisis weight and its other weight");
            }
            double difference = number(fields[1], line) - number(fields[2], line);
            if (weights.put(fields[0], difference) != null) {
                throw new LearnedModelException(line, "the n-gram '" + fields[0] + "' is given twice");
            }
        }
        for (String key : HEADER_KEYS) {
            if (!header.containsKey(key)) {
                throw new LearnedModelException(lines.length, "the header misses '" + key + "'");
            }
        }
        if (!columns || weights.isEmpty()) {
            throw new LearnedModelException(lines.length, "no weights: the line " + COLUMNS + " and n-grams follow");
        }
        int thresholdLine = headerLines.get("threshold");
        double threshold = number(header.get("threshold"), thresholdLine);
        if (!(threshold > 0 && threshold < 1)) {
            throw new LearnedModelException(thresholdLine, "the threshold is a probability between 0 and 1");
        }
        int rangeLine = headerLines.get("ngrams");
        String[] range = header.get("ngrams").split("-");
        if (range.length != 2) {
            throw new LearnedModelException(rangeLine, "ngrams is a range such as 3-4");
        }
        int shortest = (int) number(range[0], rangeLine);
        int longest = (int) number(range[1], rangeLine);
        if (shortest < 1 || longest < shortest || longest > 8) {
            throw new LearnedModelException(rangeLine, "ngrams is a range such as 3-4");
        }
        try {
            return new LearnedCrisisModel(
                    threshold, header.get("training"), new HashedNGramScorer(weights, shortest, longest));
        } catch (IllegalArgumentException e) {
            throw new LearnedModelException(0, e.getMessage());
        }
    }

    private static double number(String field, int line) {
        try {
            double value = Double.parseDouble(field.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the line
        }
        throw new LearnedModelException(line, "'" + field + "' is not a number");
    }

    /** The probability that the text expresses a crisis, by the model alone. */
    public double probability(String text) {
        return scorer.crisis(text);
    }

    /**
     * The fewest words the model judges (thirteenth round). It reads sentences; a reply of one or two words gives it
     * too little to read, and it scored such replies near its prior ("god morgon" 0.74, "kiitos" 0.60, "banan" 0.61):
     * those are the phrase lists' alone ("haluun kuolla" is theirs).
     */
    static final int SHORTEST_TEXT = 3;

    /** Whether the model alone flags the text: one of {@value #SHORTEST_TEXT} words or more at or above the threshold. */
    public boolean flags(String text) {
        return flags(CrisisText.words(text));
    }

    /** Whether the model flags words already folded by {@link CrisisText} (fewer than {@value #SHORTEST_TEXT}: never). */
    boolean flags(String[] words) {
        return words.length >= SHORTEST_TEXT && scorer.crisis(words) >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The hash of the training files the model was trained on, as written in its header. */
    public String training() {
        return training;
    }
}
