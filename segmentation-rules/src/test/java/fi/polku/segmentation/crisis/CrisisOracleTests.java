package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.polku.segmentation.rules.RuleBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The speed work's oracle: for every text of every crisis file (own cases, guards, categories, held-out, blind-1 to
 * blind-5) and the shared dev set, the product's flag ({@link RuleBook#isCrisis}), the detector's whole explanation
 * (every crisis, guard and context hit with the words it used, and the past policy) and the learned probability,
 * compared line by line with {@code crisis-oracle/explanations.tsv}, generated on the code before any optimisation
 * (commit of this test). An optimisation of the matcher must not change a single line. A deliberate change of the
 * lists or the detector regenerates the file ({@code -Dcrisis.oracle.write=true}) and shows its difference in review.
 */
class CrisisOracleTests {

    private static final Path CRISIS = Path.of("src/test/resources/crisis");
    private static final Path DEV = Path.of("../../shared/eval/crisis-dev.tsv");
    private static final String GOLDEN = "src/test/resources/crisis-oracle/explanations.tsv";

    @Test
    void everyExplanationIsTheGoldenOne() throws IOException {
        RuleBook book = RuleBook.loadBundled();
        LearnedCrisisModel learned = book.learnedCrisis().orElseThrow();
        List<String> lines = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(CRISIS)) {
            files = new ArrayList<>(
                    listed.filter(p -> p.toString().endsWith(".tsv")).sorted().toList());
        }
        assumeTrue(Files.isReadable(DEV), "shared/eval/crisis-dev.tsv is not next to the repository");
        files.add(DEV);
        for (Path file : files) {
            List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
            int textColumn = -1;
            for (int n = 0; n < raw.size(); n++) {
                String line = raw.get(n);
                if (line.startsWith(CrisisEvaluation.KNOWN_MISS)) {
                    line = line.substring(CrisisEvaluation.KNOWN_MISS.length());
                } else if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (textColumn < 0) {
                    textColumn = Arrays.asList(fields).indexOf("text");
                    continue;
                }
                String text = fields[textColumn];
                CrisisDetector.Explanation explanation = book.crisisDetector().explain(text);
                // The short cut of isCrisis (no crisis phrase with every word in play: no crisis) against the whole
                // explanation's answer.
                assertThat(book.crisisDetector().isCrisis(text))
                        .as("isCrisis vs explain for %s:%d: %s", file.getFileName(), n + 1, text)
                        .isEqualTo(explanation.signal().isPresent());
                lines.add(String.join(
                        "\t",
                        file.getFileName() + ":" + (n + 1),
                        book.isCrisis(text) ? "crisis" : "-",
                        hits(explanation.crises()),
                        hits(explanation.guards()),
                        hits(explanation.context()),
                        explanation.over() ? "over" : "-",
                        Double.toString(learned.probability(text))));
            }
        }
        if (Boolean.getBoolean("crisis.oracle.write")) {
            Files.write(Path.of(GOLDEN), lines, StandardCharsets.UTF_8);
        }
        List<String> golden;
        try (InputStream in = getClass().getResourceAsStream("/crisis-oracle/explanations.tsv")) {
            assertThat(in).as("the golden file").isNotNull();
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        assertThat(lines).hasSize(golden.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).as("oracle line %d", i + 1).isEqualTo(golden.get(i));
        }
    }

    /** category/language/phrase line/order@words, in the detector's order. */
    private static String hits(List<CrisisDetector.Hit> hits) {
        return hits.isEmpty()
                ? "-"
                : hits.stream()
                        .map(h -> h.category() + "/" + h.language() + "/" + h.line() + "/" + h.order() + "@"
                                + Arrays.stream(h.words())
                                        .mapToObj(Integer::toString)
                                        .collect(Collectors.joining(",")))
                        .collect(Collectors.joining(" "));
    }
}
