package fi.polku.assistant.screening;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.recommendation.Recommendation;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.instrument.FunctioningProfile;
import fi.polku.segmentation.rules.Decision;
import fi.polku.segmentation.rules.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every screening store keeps; each adapter's test class extends this suite. */
public abstract class ScreeningStoreContractTests {

    /** Expiry short enough for a test to wait for, long enough to save and read back first. */
    protected static final Duration SHORT_EXPIRY = Duration.ofMillis(600);

    /** A store whose screenings expire after the given time. */
    protected abstract ScreeningStore store(Duration expiry);

    /** Lets the time pass for the store: a clock for memory, a real wait for Redis. */
    protected abstract void letTimePass(Duration time) throws InterruptedException;

    @Test
    void findsWhatItSaved() {
        ScreeningStore store = store(Duration.ofDays(7));
        Screening screening = crisisScreening("AAAAAAAAAAAAAAAAAAAAAA");

        StepVerifier.create(store.save(screening)).expectNext(screening).verifyComplete();
        StepVerifier.create(store.find(screening.id())).expectNext(screening).verifyComplete();
    }

    @Test
    void findsNothingForAnUnknownId() {
        StepVerifier.create(store(Duration.ofDays(7)).find("unknown-id-000000000000"))
                .verifyComplete();
    }

    @Test
    void deletesAScreening() {
        ScreeningStore store = store(Duration.ofDays(7));
        Screening screening = teamScreening("BBBBBBBBBBBBBBBBBBBBBB");
        store.save(screening).block();

        StepVerifier.create(store.delete(screening.id())).expectNext(true).verifyComplete();
        StepVerifier.create(store.find(screening.id())).verifyComplete();
        StepVerifier.create(store.delete(screening.id())).expectNext(false).verifyComplete();
    }

    @Test
    void forgetsAScreeningOnceItExpired() throws InterruptedException {
        ScreeningStore store = store(SHORT_EXPIRY);
        Screening screening = teamScreening("CCCCCCCCCCCCCCCCCCCCCC");
        store.save(screening).block();
        StepVerifier.create(store.find(screening.id())).expectNext(screening).verifyComplete();

        letTimePass(SHORT_EXPIRY.plusMillis(300));

        StepVerifier.create(store.find(screening.id())).verifyComplete();
    }

    @Test
    void keepsEveryFieldIncludingNullsAndUnicode() {
        ScreeningStore store = store(Duration.ofDays(7));
        Screening crisis = crisisScreening("DDDDDDDDDDDDDDDDDDDDDD");
        Screening team = teamScreening("EEEEEEEEEEEEEEEEEEEEEE");
        store.save(crisis).block();
        store.save(team).block();

        Screening foundCrisis = store.find(crisis.id()).block();
        Screening foundTeam = store.find(team.id()).block();

        assertThat(foundCrisis).isEqualTo(crisis);
        assertThat(foundCrisis.source()).isNull();
        assertThat(foundCrisis.decision().bookingTarget()).isNull();
        assertThat(foundCrisis.profile().areas()).containsEntry("skills", null);
        assertThat(foundCrisis.answers().get("own_words"))
                .isEqualTo(crisis.answers().get("own_words"));
        assertThat(foundTeam).isEqualTo(team);
        assertThat(foundTeam.answers().get("age")).isInstanceOf(Integer.class);
    }

    /** A crisis screening with nulls wherever the contract allows them, and texts beyond ASCII. */
    protected static Screening crisisScreening(String id) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("own_words", "En jaksa enää – ajattelen että olisi parempi kuolla 😔 åäö");
        answers.put("urgent_concern", true);
        Reason reason = new Reason(
                "crisis-first",
                Map.of(
                        Language.FI,
                        "Kriisiapu ensin.",
                        Language.SV,
                        "Krishjälp först – ”nu”.",
                        Language.EN,
                        "Help now."),
                List.of("crisis"));
        Decision decision =
                new Decision(Segment.URGENT_HELP, null, List.of(reason), true, "1.0.0+9f3c2a1", facts(true, 0));
        return new Screening(
                id,
                Instant.parse("2026-11-22T10:15:30.123456789Z"),
                Language.FI,
                null,
                answers,
                decision,
                profile(null, null),
                services("kriisiapu", "Kriisiapu", "Kris­hjälp", "Crisis help"));
    }

    /** A full work-ability-team screening from a partner link. */
    protected static Screening teamScreening(String id) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("age", 45);
        answers.put("municipality", "vaasa");
        answers.put("feels_partial_work_ability", true);
        answers.put("support_areas", List.of("finances", "health", "mental_wellbeing"));
        answers.put("work_ability", 3);
        Reason reason = new Reason(
                "team-criteria",
                Map.of(
                        Language.FI,
                        "Täytät työkykytiimin ehdot.",
                        Language.SV,
                        "Du uppfyller.",
                        Language.EN,
                        "You meet."),
                List.of("partial_work_ability", "long_unemployment", "multi_sector_need"));
        Decision decision = new Decision(
                Segment.WORK_ABILITY_TEAM,
                BookingTarget.WORK_ABILITY_TEAM,
                List.of(reason),
                false,
                "1.0.0+9f3c2a1",
                facts(false, 3));
        return new Screening(
                id,
                Instant.parse("2026-11-22T08:00:00Z"),
                Language.SV,
                "other",
                answers,
                decision,
                profile(3, 3.7),
                services("tyokokeilu", "Työkokeilu", "Arbetsprövning", "Work trial"));
    }

    private static Map<String, Object> facts(boolean crisis, int teamCriteria) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("crisis", crisis);
        facts.put("team_criteria", teamCriteria);
        return facts;
    }

    private static FunctioningProfile profile(@Nullable Integer workAbility, @Nullable Double body) {
        Map<String, Integer> items = new LinkedHashMap<>();
        if (workAbility != null) {
            items.put("work_ability", workAbility);
        }
        Map<String, @Nullable Double> areas = new LinkedHashMap<>();
        areas.put("overall", workAbility != null ? workAbility.doubleValue() : null);
        areas.put("body", body);
        areas.put("mind", 5.0);
        areas.put("everyday_life", 5.5);
        areas.put("skills", null);
        areas.put("inclusion", 6.0);
        return new FunctioningProfile(items, areas);
    }

    private static Map<Language, List<Recommendation>> services(String id, String fi, String sv, String en) {
        return Map.of(
                Language.FI, List.of(new Recommendation(id, fi, "Koska vastasit näin.", 2.5)),
                Language.SV, List.of(new Recommendation(id, sv, "Eftersom du svarade så.", 2.5)),
                Language.EN, List.of(new Recommendation(id, en, "Because you answered so.", 2.5)));
    }
}
