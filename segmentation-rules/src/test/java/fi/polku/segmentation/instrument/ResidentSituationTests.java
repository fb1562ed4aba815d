package fi.polku.segmentation.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.SupportArea;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ResidentSituationTests {

    private final Municipalities municipalities =
            new Municipalities(List.of(new Municipality("oulu", "564", "Oulu", "Uleåborg")));

    private static FunctioningProfile profile(Map<String, @Nullable Double> areas) {
        return new FunctioningProfile(Map.of(), areas);
    }

    @Test
    void readsSupportAreasAndAnsweredAreaScoresTyped() {
        Map<String, @Nullable Double> areas = new HashMap<>();
        areas.put("mind", 4.5);
        areas.put("body", null);
        ResidentSituation situation = ResidentSituation.of(
                Answers.restore(Map.of("support_areas", List.of("finances", "mental_wellbeing"))),
                profile(areas),
                municipalities);

        assertThat(situation.supportAreas())
                .containsExactlyInAnyOrder(SupportArea.FINANCES, SupportArea.MENTAL_WELLBEING);
        assertThat(situation.areaScores()).containsExactly(Map.entry(ProfileArea.MIND, 4.5));
        assertThat(situation.municipality()).isNull();
    }

    @Test
    void resolvesAnUnknownMunicipalityToOther() {
        assertThat(ResidentSituation.of(
                                Answers.restore(Map.of("municipality", "atlantis")), profile(Map.of()), municipalities)
                        .municipality())
                .isEqualTo(Municipalities.OTHER);
        assertThat(ResidentSituation.of(
                                Answers.restore(Map.of("municipality", "oulu")), profile(Map.of()), municipalities)
                        .municipality())
                .isEqualTo("oulu");
    }

    @Test
    void skipsAChoiceTheVocabularyHasNoAreaFor() {
        ResidentSituation situation = ResidentSituation.of(
                Answers.restore(Map.of("support_areas", List.of("housing", "gardening"))),
                profile(Map.of()),
                municipalities);

        assertThat(situation.supportAreas()).containsExactly(SupportArea.HOUSING);
    }

    @Test
    void readsTheBackgroundAnswersThatDecideWhichServicesFit() {
        ResidentSituation situation = ResidentSituation.of(
                Answers.restore(Map.of(
                        "age",
                        17,
                        "employment_status",
                        "student",
                        "goal",
                        "studies",
                        "current_services",
                        List.of("mental_health_services", "social_services"),
                        "registered_jobseeker",
                        false)),
                profile(Map.of()),
                municipalities);

        assertThat(situation.age()).isEqualTo(17);
        assertThat(situation.employmentStatus()).isEqualTo("student");
        assertThat(situation.goal()).isEqualTo("studies");
        assertThat(situation.currentServices()).containsExactlyInAnyOrder("mental_health_services", "social_services");
        assertThat(situation.registeredJobseeker()).isFalse();
    }

    @Test
    void leavesUnansweredBackgroundEmptyAndDropsNone() {
        ResidentSituation situation = ResidentSituation.of(
                Answers.restore(Map.of("current_services", List.of("none"))), profile(Map.of()), municipalities);

        assertThat(situation.age()).isNull();
        assertThat(situation.employmentStatus()).isNull();
        assertThat(situation.goal()).isNull();
        assertThat(situation.currentServices()).isEmpty();
        assertThat(situation.registeredJobseeker()).isNull();
    }
}
