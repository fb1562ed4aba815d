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

    private static final double THRESHOLD = CrisisLearnedSignalEvaluation.THRESHOLD;

    @Test
    void committedModelIsWhatOpenNlpTrainsFromTheCommittedFiles() throws IOException {
        DoccatModel model = CrisisLearnedSignalEvaluation.model(CrisisLearnedSignalEvaluation.training());
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
        DoccatModel model = CrisisLearnedSignalEvaluation.model(CrisisLearnedSignalEvaluation.training());
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        LearnedCrisisModel committed =
                LearnedCrisisModel.parse(Files.readString(Path.of(LearnedModelFile.COMMITTED), StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        CrisisLearnedSignalEvaluation.training().forEach(c -> texts.add(c.text()));
        // Texts the model never saw whole: every seventh text with its words reversed, so word pairs are new.
        int labelled = texts.size();
        for (int i = 0; i < labelled; i += 7) {
            List<String> words = new ArrayList<>(List.of(texts.get(i).split(" ")));
            java.util.Collections.reverse(words);
            texts.add(String.join(" ", words));
        }
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
     * The model reads no text of fewer than three words: it scored short replies near its prior, "god morgon" and
     * "farväl allihopa" alike. A two-word farewell is the phrase lists' (and flagged by them).
     */
    @Test
    void readsNoTextOfFewerThanThreeWords() {
        RuleBook book = RuleBook.loadBundled();
        LearnedCrisisModel model = book.learnedCrisis().orElseThrow();
        assertThat(model.probability("farväl allihopa")).isGreaterThan(model.threshold());
        assertThat(model.flags("farväl allihopa")).isFalse();
        assertThat(book.isCrisis("farväl allihopa")).isTrue();
        assertThat(model.flags("god morgon")).isFalse();
        assertThat(model.flags("farväl allihopa nu")).isTrue();
    }

    /**
     * The own case files written with the phrase lists expect their non-crisis texts unflagged; their tests run the
     * phrase lists alone, so this one runs the full check (phrase lists, then the learned signal). The model was
     * trained on these texts, so it passing says little about new texts: the newest blind set will. One text is
     * flagged since the sixth round's model (0.70), the bare half of a pair whose other half is a plan ("jag gör det på
     * fredag när alla är på jobbet"): "I'll do it on Friday" alone is a plan to the model and a weekday to the lists.
     * Its English twin may be flagged too since the eighth round (threshold 0.65; own-9 has "I will do it on friday
     * after my son is at school" as a plan), and its Finnish twin "teen sen perjantaina" since the thirteenth round
     * (threshold 0.60). Accepted (when in doubt, flag); any other own non-crisis text flagged fails this test.
     */
    @Test
    void addsNoFlagToANonCrisisTextOfTheOwnCaseFilesButTheBareFridayPlan() {
        List<CrisisEvaluation.Case> own = new ArrayList<>();
        for (String file : List.of("crisis-cases", "crisis-categories", "crisis-heldout")) {
            own.addAll(CrisisEvaluation.read("/crisis/" + file + ".tsv"));
        }
        assertThat(own).hasSizeGreaterThan(1000);
        assertThat(flaggedByTheLearnedSignalAlone(own))
                .as("own non-crisis texts flagged by the learned signal alone")
                .isSubsetOf("I'll do it on friday", "jag gör det på fredag", "teen sen perjantaina");
    }

    /**
     * The guards' texts and the sixth round's own texts (written by helpers who never saw the lists) are trained on
     * too; the threshold rule allowed the learned signal up to 5 % of new non-crisis texts out of fold. In the
     * training it must stay at most 1 %.
     */
    @Test
    void flagsAtMostOnePercentOfTheOtherTrainedNonCrisisTexts() {
        List<CrisisEvaluation.Case> trained = CrisisLearnedSignalEvaluation.training().stream()
                .filter(c -> c.category().equals("guard"))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        for (String file : List.of("own-6", "own-7", "own-8", "own-9")) {
            trained.addAll(CrisisEvaluation.read("/crisis/" + file + ".tsv"));
        }
        long others = trained.stream().filter(c -> !c.crisis()).count();
        assertThat(others).isGreaterThan(2500);
        List<String> flagged = flaggedByTheLearnedSignalAlone(trained);
        assertThat(flagged.size())
                .as("non-crisis texts flagged by the learned signal alone: %s", flagged)
                .isLessThanOrEqualTo((int) (others / 100));
    }

    private static List<String> flaggedByTheLearnedSignalAlone(List<CrisisEvaluation.Case> cases) {
        RuleBook book = RuleBook.loadBundled();
        List<String> flagged = new ArrayList<>();
        for (CrisisEvaluation.Case c : cases) {
            if (!c.crisis() && book.isCrisis(c.text()) && !book.crisisDetector().isCrisis(c.text())) {
                flagged.add(c.text());
            }
        }
        return flagged;
    }

    @Test
    void bundledRulesCarryTheModelWithTheThresholdChosenBeforeBlind8() {
        LearnedCrisisModel model = RuleBook.loadBundled().learnedCrisis().orElseThrow();
        assertThat(model.threshold()).isEqualTo(THRESHOLD);
        assertThat(model.training()).isEqualTo(LearnedModelFile.trainingHash());
    }
}
