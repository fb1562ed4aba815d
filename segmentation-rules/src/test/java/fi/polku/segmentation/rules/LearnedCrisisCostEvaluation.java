package fi.polku.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.polku.segmentation.Language;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost of the learned signal on a whole screening (the JMH benchmark's answers, copied: test code cannot see
 * src/jmh): the bundled rules against the same folder without the model, CPU time of this thread, interleaved rounds
 * so the ratio holds on a shared machine. Opt-in ({@code -Dtest=LearnedCrisisCostEvaluation -Dcrisis.learned=true});
 * the figure goes to the rule folder's README.
 */
class LearnedCrisisCostEvaluation {

    @TempDir
    Path temp;

    @Test
    void measuresAScreeningWithAndWithoutTheLearnedSignal() throws IOException {
        assumeTrue(Boolean.getBoolean("crisis.learned"), "run with -Dcrisis.learned=true");
        RuleBook with = RuleBook.loadBundled();
        RuleBook without = RuleBook.load(RuleFolder.copyOfBundled(temp)
                .replace("manifest.yml", "crisis_learned: learned/model.tsv\n", "")
                .delete("crisis/learned/model.tsv")
                .root());
        assertThat(without.learnedCrisis()).isEmpty();
        Map<String, Object> answers = answers();
        List<RuleBook> books = List.of(without, with);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[2];
        int sink = 0;
        int rounds = 45;
        int perRound = 1000;
        for (int round = 0; round < rounds + 15; round++) {
            for (int b = 0; b < 2; b++) {
                RuleBook book = books.get(b);
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    sink += book.decide(book.validator()
                                            .check(answers, Language.FI)
                                            .answers())
                                    .crisis()
                            ? 1
                            : 0;
                }
                if (round >= 15) {
                    nanos[b] += threads.getCurrentThreadCpuTime() - start;
                }
            }
        }
        double before = nanos[0] / 1000.0 / (rounds * perRound);
        double after = nanos[1] / 1000.0 / (rounds * perRound);
        String out = ("CPU time per screening, %d rounds of %d after 15 warm-up (sink %d): without the model %.1f µs,"
                        + " with it %.1f µs (%.2fx)%n")
                .formatted(rounds, perRound, sink, before, after, after / before);
        Files.writeString(Path.of("target", "crisis-learned-screening-cost.txt"), out, StandardCharsets.UTF_8);
        assertThat(sink).isZero();
    }

    private static Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("age", 45);
        answers.put("municipality", "vaasa");
        answers.put("employment_status", "unemployed");
        answers.put("unemployment_months", 30);
        answers.put("unemployment_spells_3y", 1);
        answers.put("registered_jobseeker", true);
        answers.put("secondary_education", false);
        answers.put("studies_interrupted", true);
        answers.put("health_affects_work", "significantly");
        answers.put("health_assessed", false);
        answers.put("feels_partial_work_ability", true);
        answers.put("support_areas", List.of("health", "mental_wellbeing", "finances", "job_search"));
        answers.put("current_services", List.of("employment_services"));
        answers.put("situation_clarity", "unclear");
        answers.put("goal", "supported_work");
        answers.put("motivation", 8);
        answers.put("urgent_concern", false);
        for (String item : List.of(
                "work_ability",
                "physical_health",
                "mobility",
                "energy_sleep",
                "mood",
                "cognition",
                "daily_life",
                "environment",
                "skills",
                "relationships",
                "participation")) {
            answers.put(item, 5);
        }
        answers.put("mood_help", "Olisi kiva jutella jonkun kanssa, kun mieliala on ollut viime aikoina aika matala.");
        answers.put("energy_sleep_help", "Uni ei tule öisin ja päivisin väsyttää, joten työnhaku jää helposti.");
        answers.put(
                "own_words",
                "Olen ollut pitkään työttömänä ja selkä on kipeä, joten raskas työ ei enää onnistu. "
                        + "Haluaisin kokeilla jotain kevyempää työtä tai opiskella uuden alan, mutta en tiedä mistä "
                        + "aloittaa. Velat painavat mieltä ja arki on välillä raskasta, mutta haluan päästä eteenpäin "
                        + "ja jaksaa paremmin. Toivon että joku auttaisi minua.");
        return answers;
    }
}
