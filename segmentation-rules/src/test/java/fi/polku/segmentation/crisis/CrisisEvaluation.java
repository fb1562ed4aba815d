package fi.polku.segmentation.crisis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the crisis detector on a labelled file: {@code lang, category, crisis, text} (the blind sets and our
 * category cases) or {@code lang, text, crisis} (the older case files). Recall and precision per language and per
 * category, the false alarm rate of the non-crisis texts, and every miss and false alarm by name.
 */
final class CrisisEvaluation {

    static final String KNOWN_MISS = "#MISS ";

    /** One labelled text; a known miss is marked in the file and expected to come out wrong. */
    record Case(String lang, String category, boolean crisis, String text, boolean knownMiss) {}

    /** Counts of one group of cases. */
    record Score(int crises, int caught, int others, int falseAlarms) {

        double recall() {
            return crises == 0 ? 1.0 : (double) caught / crises;
        }

        double precision() {
            return caught + falseAlarms == 0 ? 1.0 : (double) caught / (caught + falseAlarms);
        }

        double falseAlarmRate() {
            return others == 0 ? 0.0 : (double) falseAlarms / others;
        }

        Score plus(Score other) {
            return new Score(
                    crises + other.crises,
                    caught + other.caught,
                    others + other.others,
                    falseAlarms + other.falseAlarms);
        }
    }

    /** The whole result: totals, per language, per category, and the wrong answers. */
    record Report(
            Score total,
            Map<String, Score> byLanguage,
            Map<String, Score> byCategory,
            List<Case> misses,
            List<Case> falseAlarms) {

        /** Wrong answers that are not marked as known misses in the file. */
        List<Case> unexpected() {
            List<Case> wrong = new ArrayList<>();
            misses.stream().filter(c -> !c.knownMiss()).forEach(wrong::add);
            falseAlarms.stream().filter(c -> !c.knownMiss()).forEach(wrong::add);
            return wrong;
        }

        /** A Markdown table of recall and precision per language and per category, then the wrong answers. */
        String markdown() {
            StringBuilder out = new StringBuilder();
            out.append("| group | crises | caught | recall | non-crisis | flagged | precision |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            row(out, "all", total);
            byLanguage.forEach((lang, score) -> row(out, lang, score));
            byCategory.forEach((category, score) -> row(out, category, score));
            misses.forEach(c -> out.append("- missed (")
                    .append(c.lang())
                    .append(", ")
                    .append(c.category())
                    .append("): ")
                    .append(c.text())
                    .append('\n'));
            falseAlarms.forEach(c -> out.append("- false alarm (")
                    .append(c.lang())
                    .append(", ")
                    .append(c.category())
                    .append("): ")
                    .append(c.text())
                    .append('\n'));
            return out.toString();
        }

        private static void row(StringBuilder out, String group, Score s) {
            out.append("| %s | %d | %d | %.3f | %d | %d | %.3f |%n"
                    .formatted(group, s.crises(), s.caught(), s.recall(), s.others(), s.falseAlarms(), s.precision()));
        }
    }

    private CrisisEvaluation() {}

    static List<Case> read(String resource) {
        try (InputStream in = CrisisEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> parse(String tsv) {
        List<Case> cases = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            boolean knownMiss = line.startsWith(KNOWN_MISS);
            String content = (knownMiss ? line.substring(KNOWN_MISS.length()) : line).stripTrailing();
            if (content.isBlank() || content.startsWith("#") || content.startsWith("lang\t")) {
                continue;
            }
            String[] f = content.split("\t");
            if (f.length >= 4) {
                cases.add(new Case(f[0].strip(), f[1].strip(), Boolean.parseBoolean(f[2].strip()), f[3], knownMiss));
            } else {
                boolean crisis = Boolean.parseBoolean(f[2].strip());
                cases.add(new Case(f[0].strip(), crisis ? "crisis" : "other", crisis, f[1], knownMiss));
            }
        }
        return cases;
    }

    static Report evaluate(List<Case> cases, Function<String, Boolean> flags) {
        Map<String, Score> byLanguage = new TreeMap<>();
        Map<String, Score> byCategory = new TreeMap<>();
        Score total = new Score(0, 0, 0, 0);
        List<Case> misses = new ArrayList<>();
        List<Case> falseAlarms = new ArrayList<>();
        for (Case c : cases) {
            boolean flagged = flags.apply(c.text());
            Score one = c.crisis() ? new Score(1, flagged ? 1 : 0, 0, 0) : new Score(0, 0, 1, flagged ? 1 : 0);
            total = total.plus(one);
            byLanguage.merge(c.lang(), one, Score::plus);
            byCategory.merge(c.category(), one, Score::plus);
            if (c.crisis() && !flagged) {
                misses.add(c);
            } else if (!c.crisis() && flagged) {
                falseAlarms.add(c);
            }
        }
        return new Report(total, byLanguage, byCategory, misses, falseAlarms);
    }
}
