package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.rules.RuleBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;

/**
 * The committed learned model is exactly what OpenNLP trains from the committed training files, and the small scorer
 * production uses gives OpenNLP's own probabilities (issue 6: a re-implementation proves itself against the library).
 */
class LearnedCrisisModelTests {

    private static final double THRESHOLD = CrisisLearnedSignalEvaluation.CAUTIOUS_THRESHOLD;

    @Test
    void committedModelIsWhatOpenNlpTrainsFromTheCommittedFiles() throws IOException {
        DoccatModel model = CrisisLearnedSignalEvaluation.model(
                CrisisLearnedSignalEvaluation.training(),
                CrisisLearnedSignalEvaluation.SHORTEST,
                CrisisLearnedSignalEvaluation.LONGEST);
        String trained = LearnedModelFile.render(
                model, THRESHOLD, CrisisLearnedSignalEvaluation.SHORTEST, CrisisLearnedSignalEvaluation.LONGEST);
        Path committed = Path.of(LearnedModelFile.COMMITTED);
        if (Boolean.getBoolean("crisis.learned.write")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, trained, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(committed, StandardCharsets.UTF_8).equals(trained))
                .as(
                        "%s differs from a training on the committed files (own cases or blind sets changed?); "
                                + "regenerate it with: %s",
                        committed, LearnedModelFile.REGENERATE)
                .isTrue();
    }

    @Test
    void scorerGivesOpenNlpsProbabilitiesOnEveryLabelledText() throws IOException {
        DoccatModel model = CrisisLearnedSignalEvaluation.model(
                CrisisLearnedSignalEvaluation.training(),
                CrisisLearnedSignalEvaluation.SHORTEST,
                CrisisLearnedSignalEvaluation.LONGEST);
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        LearnedCrisisModel committed =
                LearnedCrisisModel.parse(Files.readString(Path.of(LearnedModelFile.COMMITTED), StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        CrisisEvaluation.read("/crisis/blind-4.tsv").forEach(c -> texts.add(c.text()));
        CrisisLearnedSignalEvaluation.training().forEach(c -> texts.add(c.text()));
        double largest = 0;
        for (String text : texts) {
            double[] outcomes = categorizer.categorize(CrisisText.words(text));
            double expected = outcomes[categorizer.getIndex("crisis")];
            largest = Math.max(largest, Math.abs(committed.probability(text) - expected));
        }
        assertThat(largest)
                .as("largest difference to OpenNLP over %d texts", texts.size())
                .isLessThan(1e-9);
    }

    /**
     * The own case files expect their non-crisis texts unflagged; their tests run the phrase lists alone, so this one
     * runs the full check (phrase lists, then the learned signal). The model was trained on these texts, so it passing
     * says little about new texts: blind-5 will.
     */
    @Test
    void addsNoFlagToANonCrisisTextOfTheOwnCaseFiles() {
        RuleBook book = RuleBook.loadBundled();
        List<CrisisEvaluation.Case> own = new ArrayList<>();
        for (String file : List.of("crisis-cases", "crisis-categories", "crisis-heldout")) {
            own.addAll(CrisisEvaluation.read("/crisis/" + file + ".tsv"));
        }
        CrisisLearnedSignalEvaluation.training().stream()
                .filter(c -> c.category().equals("guard"))
                .forEach(own::add);
        assertThat(own).hasSizeGreaterThan(1000);
        List<String> flagged = new ArrayList<>();
        for (CrisisEvaluation.Case c : own) {
            if (!c.crisis() && book.isCrisis(c.text()) && !book.crisisDetector().isCrisis(c.text())) {
                flagged.add(c.text());
            }
        }
        assertThat(flagged)
                .as("own non-crisis texts flagged by the learned signal alone")
                .isEmpty();
    }

    @Test
    void bundledRulesCarryTheModelWithTheThresholdWrittenDownBeforeBlind4() {
        LearnedCrisisModel model = RuleBook.loadBundled().learnedCrisis().orElseThrow();
        assertThat(model.threshold()).isEqualTo(THRESHOLD);
        assertThat(model.training()).isEqualTo(LearnedModelFile.trainingHash());
    }
}
