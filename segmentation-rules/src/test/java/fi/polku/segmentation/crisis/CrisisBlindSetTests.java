package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.polku.segmentation.rules.RuleBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blind sets of issue 6, written by helpers who saw neither the phrase lists nor the code. Each test reports
 * recall and precision per language and category (also to {@code target/crisis-<set>.md}) and asserts the floor
 * that was actually reached when the set was measured, so that a later change cannot silently lose ground. The
 * first to fourth sets were each measured once and then used for a round that fixed their misses by kind from new
 * own cases (never by pasting their sentences), so their figures are no longer blind; the fifth set, written while
 * the last round was made, is the figure reported (measured once by the lead after merging).
 */
class CrisisBlindSetTests {

    private static final RuleBook BOOK = RuleBook.loadBundled();
    private static final CrisisDetector DETECTOR = BOOK.crisisDetector();

    /**
     * The floors are the figures reached, not targets. blind-1: 0.773 recall and 5 of 54 flagged when measured once;
     * 1.000 and 0 of 54 after the lists were widened by the categories of its misses (no longer blind). blind-2: 0.960
     * recall (fi 0.920) and 12 of 51 flagged when measured once; 1.000 and 2 of 51 after the next round fixed its kinds
     * from own cases (no longer blind), 0 of 51 after the fourth round (its last two false alarms were reported
     * questions answered no). blind-3: 0.868 recall (sv 0.833, en 0.862, fi 0.906) and 10 of 76 non-crisis flagged
     * (0.132) when measured once on the lists of commit 9675f8c; 1.000 and 0 of 76 after the fourth round fixed its
     * kinds from new own cases (scenes of a place and finality, reported questions answered no, past crises dated by a
     * year; no longer blind). blind-4 (348 texts, three writers): 0.700 recall and 41 of 168 flagged on the lists
     * before the fourth round, 0.750 (sv 0.667) and 28 of 168 (0.167) after it, measured once on the merged lists
     * (commit f13c078); 0.911 (sv 0.867) and 10 of 168 (0.060) after the fifth round fixed its kinds from new own cases
     * (farewells, Finland-Swedish forms, denials and pasts in more shapes; no longer blind). blind-5 (348 texts, three
     * writers), written while the fifth round was made, measured once by the lead on the merged fifth round and learned
     * signal (commit 99fecf0): the phrase lists alone 0.778 (sv 0.683) and 25 of 168 flagged (0.149). The sixth round
     * (recall and false alarms, fixed by kind from new own cases; blind-4 and blind-5 spent) brought the lists to 0.917
     * (sv 0.883) and 7 of 168 (0.042) on blind-4 and 0.967 (sv 0.917) and 4 of 168 (0.024) on blind-5; neither figure
     * is blind. blind-6 (348 texts, three writers, written at the start of the sixth round), measured once by the lead
     * on the merged sixth round (commit ab1a1d9): the lists alone 0.850 (fi 0.833) and 20 of 168 flagged (0.119). The
     * seventh round (other false alarms and denials and pasts, fixed by kind; spent, not blind): 0.861 and 3 of 168
     * (0.018); blind-4 then 6 of 168 (0.036). blind-7 (348 texts, three writers, written while the seventh round was
     * made), measured once by the lead on the merged seventh round (commit bc8ea65): the lists alone 0.778 (en 0.767)
     * and 9 of 168 flagged (0.054). The eighth round fixed blind-7's kinds from new own cases (spent, not blind):
     * 0.789 and 0 of 168. blind-8 (378 texts, 7 crises per category and language), measured once by the lead on the
     * merged eighth round (commit 4287b43): the lists alone 0.614 (fi 0.571) and 22 of 168 flagged (0.131). The ninth
     * round fixed blind-8's kinds from new own cases (spent, not blind): 0.638 and 4 of 168. blind-9 (378 texts, the
     * same brief), measured once by the lead on the merged ninth round (commit 1de4785): the lists alone 0.695 (sv
     * 0.614) and 21 of 168 flagged (0.125). The tenth round fixed blind-9's kinds from new own cases (spent, not
     * blind): 0.719 and 4 of 168. blind-10 (378 texts, the same brief), measured once by the lead on the merged tenth
     * round (commit b62bfc3): the lists alone 0.652 (fi 0.614) and 13 of 168 flagged (0.077). The eleventh round
     * fixed blind-10's kinds from new own cases (spent, not blind): 0.667 and 5 of 168. blind-11 (378 texts, the same
     * brief), measured once by the lead on the merged eleventh round (commit c2a1733): the lists alone 0.686 (sv
     * 0.643) and 13 of 168 flagged (0.077). The twelfth round fixed blind-11's kinds from new own cases (spent, not
     * blind): 0.733 and 2 of 168. blind-12 (378 texts, the same brief), measured once by the lead on the merged
     * twelfth round (commit 856a387): the lists alone 0.700 (fi 0.657) and 19 of 168 flagged (0.113). The thirteenth
     * round (negated clauses, statements of today, own-10) then trained on it (spent, not blind): 0.700 and 12 of 168.
     * blind-13 (378 texts, the same brief), measured once by the lead on the merged thirteenth round (commit 71c2749):
     * the lists alone 0.652 (sv 0.571) and 18 of 168 flagged (0.107); the session's starting lists (2a62f7b) on it:
     * 0.648 and 18 of 168. blind-14 (378 texts, the same brief), measured once by the lead on the fourteenth round
     * (commit e33d825): the lists alone 0.671 (fi 0.629) and 12 of 168 flagged (0.071). blind-15 (378 texts, the same
     * brief), measured once by the lead on the fifteenth round (commit 6bc65d6): the lists alone 0.671 (fi 0.614) and
     * 15 of 168 flagged (0.089); 0.671 and 14 of 168 after the sixteenth round (spent, not blind). blind-16 (378
     * texts, the same brief), measured once by the lead on the sixteenth round (commit d642334): the lists alone 0.643
     * (en 0.629) and 13 of 168 flagged (0.077).
     */
    @ParameterizedTest(name = "{0}: recall >= {1} (each language >= {2}), false alarms <= {3}")
    @CsvSource(textBlock = """
            blind-1, 1.0, 1.0, 0.0
            blind-2, 1.0, 1.0, 0.0
            blind-3, 1.0, 1.0, 0.0
            blind-4, 0.916, 0.883, 0.036
            blind-5, 0.966, 0.916, 0.024
            blind-6, 0.861, 0.833, 0.018
            blind-7, 0.788, 0.783, 0.0
            blind-8, 0.638, 0.571, 0.024
            blind-9, 0.719, 0.642, 0.024
            blind-10, 0.666, 0.628, 0.03
            blind-11, 0.733, 0.7, 0.012
            blind-12, 0.7, 0.657, 0.072
            blind-13, 0.652, 0.571, 0.108
            blind-14, 0.671, 0.628, 0.072
            blind-15, 0.671, 0.614, 0.084
            blind-16, 0.642, 0.628, 0.078
            """)
    void holdsTheFloorReachedOnTheBlindSet(
            String set, double recallFloor, double languageRecallFloor, double falseAlarmCeiling, TestReporter reporter)
            throws IOException {
        String resource = "/crisis/" + set + ".tsv";
        assumeTrue(getClass().getResource(resource) != null, set + " is not committed yet");
        CrisisEvaluation.Report report = CrisisEvaluation.evaluate(CrisisEvaluation.read(resource), DETECTOR::isCrisis);
        assertFloors(set, report, recallFloor, languageRecallFloor, falseAlarmCeiling, "crisis-" + set, reporter);
    }

    /**
     * What the product flags: the phrase lists, or else the learned signal (kept since blind-4, threshold written down
     * before blind-4 was scored). Measured once on blind-5, which decided nothing: 0.911 recall (en 0.867) and 33 of
     * 168 flagged (0.196); 180 of 180 and 4 of 168 (0.024) after the sixth round (blind-5 trained on and tuned on by
     * then). blind-6, measured once on the merged sixth round (ab1a1d9), which decided nothing: 178 of 180 (0.989; en
     * 0.967) and 23 of 168 (0.137); 180 of 180 and 3 of 168 (0.018) after the seventh round (spent, not blind).
     * blind-7, measured once on the merged seventh round (bc8ea65), which decided nothing: 178 of 180 (0.989; fi and en
     * 0.983; harm to others and wish to be dead 17 of 18) and 10 of 168 (0.060); 180 of 180 and 0 of 168 after the
     * eighth round fixed its kinds and trained on it (spent, not blind). blind-8, measured once on the merged eighth
     * round (4287b43), which decided nothing: 202 of 210 (0.962; en 0.943; harm to others 19 of 21) and 28 of 168
     * (0.167); 210 of 210 and 4 of 168 after the ninth round fixed its kinds and trained on it (spent, not blind).
     * blind-9, measured once on the merged ninth round (1de4785), which decided nothing: 205 of 210 (0.976; fi 0.957;
     * method 19 of 21) and 26 of 168 (0.155; denials 12 of 36); 210 of 210 and 4 of 168 after the tenth round fixed
     * its kinds and trained on it (spent, not blind). blind-10, measured once on the merged tenth round (b62bfc3),
     * which decided nothing: 207 of 210 (0.986 in every language; burden, plan and wish to be dead 20 of 21) and 18 of
     * 168 (0.107; denials 8 of 36); 210 of 210 and 5 of 168 after the eleventh round fixed its kinds and trained on
     * it (spent, not blind). blind-11, measured once on the merged eleventh round (c2a1733), which decided nothing: 200
     * of 210 (0.952; fi and sv 0.943; recent past 18 of 21, harm to others 19 of 21) and 15 of 168 (0.089); 210 of
     * 210 and 2 of 168 after the twelfth round fixed its kinds and trained on it (spent, not blind). blind-12, the
     * headline, measured once on the merged twelfth round (856a387), which decided nothing: 208 of 210 (0.990; sv
     * 0.971; harm to others and preparation 20 of 21) and 22 of 168 (0.131; denials 11 of 36); 210 of 210 and 12 of
     * 168 after the thirteenth round trained on it (spent, not blind). blind-13, the headline, measured once on the
     * merged thirteenth round (71c2749), which decided nothing: 201 of 210 (0.957; en 0.929; wish to be dead 19 of 21)
     * and 19 of 168 (0.113; denials 6 of 36); the session's starting product (2a62f7b) on it: 199 of 210 and 20 of 168;
     * 210 of 210 and 18 of 168 after the fourteenth round trained on it (spent, not blind). blind-14, the headline,
     * measured once on the fourteenth round (e33d825), the session's last set by a rule written before it was read:
     * 205 of 210 (0.976; fi and sv 0.971; harm to others 19 of 21) and 14 of 168 (0.083); 210 of 210 and 12 of 168
     * after the fifteenth round trained on it (spent, not blind). blind-15, the headline, measured once on the fifteenth
     * round (6bc65d6), the session's last set by a rule written before it was read: 206 of 210 (0.981; sv 0.957; every
     * category at least 20 of 21) and 17 of 168 (0.101; denials 7 of 36); 210 of 210 and 14 of 168 after the
     * sixteenth round trained on it (spent, not blind). blind-16, the headline, measured once on the sixteenth round
     * (d642334), written down before it was read: 207 of 210 (0.986; fi 0.971; harm to others, recent past and
     * thoughts 20 of 21) and 15 of 168 (0.089; English 10 of 56); the session's starting product (86985ab) on it: 206
     * of 210 and 16 of 168.
     */
    @ParameterizedTest(name = "{0} with the learned signal: recall >= {1} (each language >= {2}), false alarms <= {3}")
    @CsvSource(textBlock = """
            blind-5, 1.0, 1.0, 0.024
            blind-6, 1.0, 1.0, 0.018
            blind-7, 1.0, 1.0, 0.0
            blind-8, 1.0, 1.0, 0.024
            blind-9, 1.0, 1.0, 0.024
            blind-10, 1.0, 1.0, 0.03
            blind-11, 1.0, 1.0, 0.012
            blind-12, 1.0, 1.0, 0.072
            blind-13, 1.0, 1.0, 0.108
            blind-14, 1.0, 1.0, 0.072
            blind-15, 1.0, 1.0, 0.084
            blind-16, 0.985, 0.971, 0.09
            """)
    void theProductHoldsTheFloorReachedOnTheNewestBlindSet(
            String set, double recallFloor, double languageRecallFloor, double falseAlarmCeiling, TestReporter reporter)
            throws IOException {
        String resource = "/crisis/" + set + ".tsv";
        assumeTrue(getClass().getResource(resource) != null, set + " is not committed yet");
        CrisisEvaluation.Report report = CrisisEvaluation.evaluate(CrisisEvaluation.read(resource), BOOK::isCrisis);
        assertFloors(
                set,
                report,
                recallFloor,
                languageRecallFloor,
                falseAlarmCeiling,
                "crisis-" + set + "-product",
                reporter);
    }

    private static void assertFloors(
            String set,
            CrisisEvaluation.Report report,
            double recallFloor,
            double languageRecallFloor,
            double falseAlarmCeiling,
            String name,
            TestReporter reporter)
            throws IOException {
        String markdown = report.markdown();
        reporter.publishEntry(name, "\n" + markdown);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", name + ".md"), markdown, StandardCharsets.UTF_8);

        assertThat(report.total().recall()).as(set + " recall").isGreaterThanOrEqualTo(recallFloor);
        report.byLanguage()
                .forEach((lang, score) -> assertThat(score.recall())
                        .as(set + " recall in " + lang)
                        .isGreaterThanOrEqualTo(languageRecallFloor));
        assertThat(report.total().falseAlarmRate()).as(set + " false alarms").isLessThanOrEqualTo(falseAlarmCeiling);
    }
}
