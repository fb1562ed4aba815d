package fi.polku.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.crisis.LearnedCrisisModel;
import fi.polku.segmentation.instrument.Answers;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned second crisis signal wired into segmentation: it adds a crisis flag, never removes one (issue 6). */
class LearnedCrisisSignalTests {

    private static final RuleBook BOOK = RuleBook.loadBundled();
    private static final String MODEL = "crisis/learned/model.tsv";

    /** A blind-4 crisis that the phrase lists missed when the model was first kept (blind-4 is trained on since). */
    private static final String LEARNED_ONLY = "if kela says no again on friday thats it, ill do it that same night";

    @TempDir
    Path temp;

    private static Decision decide(String ownWords) {
        return BOOK.decide(Answers.restore(Map.of("own_words", ownWords)));
    }

    @Test
    void flagsACrisisThatOnlyTheLearnedSignalFinds() {
        LearnedCrisisModel model = BOOK.learnedCrisis().orElseThrow();
        assertThat(model.probability(LEARNED_ONLY)).isGreaterThanOrEqualTo(model.threshold());
        assertThat(BOOK.isCrisis(LEARNED_ONLY)).isTrue();

        Decision decision = decide(LEARNED_ONLY);

        assertThat(decision.segment()).isEqualTo(Segment.URGENT_HELP);
        assertThat(decision.crisis()).isTrue();
        // Should the phrase lists learn this text later, the rules' own reason takes over.
        String expected = BOOK.crisisDetector().isCrisis(LEARNED_ONLY) ? "crisis-first" : "crisis-learned";
        assertThat(decision.reasons().getFirst().rule()).isEqualTo(expected);
    }

    @Test
    void namesTheLearnedSignalInTheReasonOfItsOwnFlags() {
        Decision decision = decide(LEARNED_ONLY);
        if (BOOK.crisisDetector().isCrisis(LEARNED_ONLY)) {
            return; // covered by the test above once the phrase lists catch it
        }
        Reason reason = decision.reasons().getFirst();
        assertThat(reason.facts()).containsExactly("crisis", "learned_crisis");
        assertThat(reason.text(Language.FI)).contains("automaattisen tunnistuksemme");
        assertThat(reason.text(Language.SV)).contains("automatiska igenkänning");
        assertThat(reason.text(Language.EN)).contains("automatic recognition");
    }

    @Test
    void leavesAFigureOfSpeechThatTheModelScoresLowUnflagged() {
        String figure = "this job hunt is killing me lol, 40 applications and zero answers";
        assertThat(BOOK.learnedCrisis().orElseThrow().probability(figure)).isLessThan(0.1);

        assertThat(BOOK.isCrisis(figure)).isFalse();
        assertThat(decide(figure).crisis()).isFalse();
    }

    @Test
    void neverRemovesAFlagOfThePhraseLists() {
        // The model alone would miss this explicit text (0.53: a short text has few n-grams to weigh).
        String explicit = "I want to kill myself";
        LearnedCrisisModel model = BOOK.learnedCrisis().orElseThrow();
        assertThat(model.flags(explicit)).isFalse();
        assertThat(BOOK.crisisDetector().isCrisis(explicit)).isTrue();

        assertThat(BOOK.isCrisis(explicit)).isTrue();
        Decision decision = decide(explicit);
        assertThat(decision.crisis()).isTrue();
        assertThat(decision.reasons().getFirst().rule()).isEqualTo("crisis-first");
        assertThat(decision.facts()).containsEntry("learned_crisis", false);
    }

    @Test
    void leavesTheScreeningBenchmarksLowMoodTextUnflagged() {
        // Scored 0.825: flagged at the evaluation's first choice (0.70), not at the kept threshold (0.90).
        String lowMood = "Olisi kiva jutella jonkun kanssa, kun mieliala on ollut viime aikoina aika matala.";

        assertThat(BOOK.isCrisis(lowMood)).isFalse();
    }

    @Test
    void skipsEmptyTexts() {
        assertThat(BOOK.isCrisis("")).isFalse();
        assertThat(BOOK.isCrisis("   ")).isFalse();
        assertThat(BOOK.learnedCrisis().orElseThrow().flags(" ")).isFalse();
    }

    @Test
    void stopsLoadingAtTheLineOfABrokenWeight() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp);
        int line = folder.append(MODEL, "xyz\t0.5\tnot-a-number\n");

        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(folder.root()));

        assertThat(e.file()).isEqualTo(MODEL);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).contains("'not-a-number' is not a number");
    }

    @Test
    void stopsLoadingAtTheLineOfAThresholdThatIsNoProbability() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp).replace(MODEL, "threshold\t0.6\n", "threshold\t1.5\n");

        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(folder.root()));

        assertThat(e.file()).isEqualTo(MODEL);
        assertThat(e.line()).isEqualTo(folder.lineOf(MODEL, "threshold\t1.5"));
        assertThat(e.getMessage()).contains("between 0 and 1");
    }

    @Test
    void stopsLoadingWhenTheModelIsNotListedInTheManifest() {
        RuleFolder folder =
                RuleFolder.copyOfBundled(temp).replace("manifest.yml", "crisis_learned: learned/model.tsv\n", "");

        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(folder.root()));

        assertThat(e.file()).isEqualTo(MODEL);
        assertThat(e.getMessage()).contains("not listed in manifest.yml");
    }
}
