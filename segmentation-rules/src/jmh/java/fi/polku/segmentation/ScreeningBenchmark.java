package fi.polku.segmentation;

import fi.polku.segmentation.instrument.AnswerCheck;
import fi.polku.segmentation.rules.Decision;
import fi.polku.segmentation.rules.RuleBook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One whole screening: validation, crisis detection over its free texts and the decision. Target: under 50 µs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScreeningBenchmark {

    private RuleBook book;
    private Map<String, Object> answers;

    @Setup
    public void load() {
        book = RuleBook.loadBundled();
        answers = new LinkedHashMap<>();
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
        for (String item : List.of("work_ability", "physical_health", "mobility", "energy_sleep", "mood", "cognition",
                "daily_life", "environment", "skills", "relationships", "participation")) {
            answers.put(item, 5);
        }
        answers.put("mood_help", "Olisi kiva jutella jonkun kanssa, kun mieliala on ollut viime aikoina aika matala.");
        answers.put("energy_sleep_help", "Uni ei tule öisin ja päivisin väsyttää, joten työnhaku jää helposti.");
        // A realistic own_words of about 45 words, written like residents write: no crisis, some words close to one.
        answers.put("own_words", "Olen ollut pitkään työttömänä ja selkä on kipeä, joten raskas työ ei enää onnistu. "
                + "Haluaisin kokeilla jotain kevyempää työtä tai opiskella uuden alan, mutta en tiedä mistä aloittaa. "
                + "Velat painavat mieltä ja arki on välillä raskasta, mutta haluan päästä eteenpäin ja jaksaa "
                + "paremmin. Toivon että joku auttaisi minua.");
    }

    @Benchmark
    public Decision screening() {
        AnswerCheck check = book.validator().check(answers, Language.FI);
        return book.decide(check.answers());
    }
}
