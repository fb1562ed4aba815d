package fi.polku.knowledge.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The background answers (age, employment status, goal, current services, registered job seeker) acting through the
 * bundled services' eligibility data (issue 7, Services and recommendation): one test per case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackgroundRecommendationTests {

    private static final int ALL = 100;

    private KnowledgeBase kb;

    @BeforeAll
    void build() {
        kb = KnowledgeBase.build(ServiceCatalogue.loadBundled());
    }

    @AfterAll
    void close() {
        kb.close();
    }

    /** A young person's wishes that Ohjaamo and outreach youth work cover well. */
    private List<Recommendation> youthNeeds(Background background) {
        return kb.recommend(
                new ProfileQuery(
                        Segment.SERVICE_GUIDANCE,
                        Set.of(SupportArea.EDUCATION, SupportArea.JOB_SEARCH, SupportArea.DAILY_LIFE),
                        Map.of(ProfileArea.INCLUSION, 4.0, ProfileArea.SKILLS, 5.0),
                        null,
                        Language.FI,
                        false,
                        background),
                ALL);
    }

    private static Background aged(@Nullable Integer age) {
        return new Background(age, "unemployed", null, Set.of(), null);
    }

    private static List<String> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::id).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 45, 64})
    void neverRecommendsOhjaamoOrOutreachYouthWorkToAResidentOf30OrMore(int age) {
        assertThat(ids(youthNeeds(aged(age)))).doesNotContain("ohjaamo", "etsiva-nuorisotyo");
    }

    @Test
    void recommendsOhjaamoUnder30AndOutreachYouthWorkUnder29() {
        assertThat(ids(youthNeeds(aged(28)))).contains("ohjaamo", "etsiva-nuorisotyo");
        assertThat(ids(youthNeeds(aged(29)))).contains("ohjaamo").doesNotContain("etsiva-nuorisotyo");
    }

    @Test
    void leavesEveryServiceOpenWhenTheAgeIsUnknown() {
        assertThat(ids(youthNeeds(aged(null)))).contains("ohjaamo", "etsiva-nuorisotyo", "aikuissosiaalityo");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 16, 17})
    void sendsA15To17YearOldFirstToYouthServicesAndCompulsoryEducation(int age) {
        List<Recommendation> recommendations = youthNeeds(aged(age));
        assertThat(ids(recommendations).subList(0, 3))
                .containsExactlyInAnyOrder("ohjaamo", "etsiva-nuorisotyo", "valmentava-koulutus");
        assertThat(recommendations.getFirst().why()).startsWith("Ikäisellesi tämä kannattaa selvittää ensin.");
        assertThat(ids(recommendations)).doesNotContain("aikuissosiaalityo");
    }

    @Test
    void doesNotPutYouthServicesFirstFor18() {
        assertThat(ids(youthNeeds(aged(18))).subList(0, 3)).doesNotContain("valmentava-koulutus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"employed", "sick_leave"})
    void putsOccupationalHealthFirstForTheEmployedAndThoseOnSickLeave(String status) {
        List<Recommendation> recommendations = kb.recommend(
                new ProfileQuery(
                        Segment.WORK_ABILITY_TEAM,
                        Set.of(SupportArea.HEALTH),
                        Map.of(ProfileArea.BODY, 3.0, ProfileArea.OVERALL, 4.0),
                        null,
                        Language.EN,
                        false,
                        new Background(50, status, null, Set.of(), null)),
                5);
        assertThat(recommendations.getFirst().id()).isEqualTo("tyoterveysneuvottelu");
        assertThat(recommendations.getFirst().why()).startsWith("Worth looking at first in your situation (");
    }

    @Test
    void doesNotPutOccupationalHealthFirstForTheUnemployed() {
        List<Recommendation> recommendations = kb.recommend(
                new ProfileQuery(
                        Segment.WORK_ABILITY_TEAM,
                        Set.of(SupportArea.HEALTH),
                        Map.of(ProfileArea.BODY, 3.0, ProfileArea.OVERALL, 4.0),
                        null,
                        Language.EN,
                        false,
                        new Background(50, "unemployed", null, Set.of(), null)),
                5);
        assertThat(recommendations.getFirst().id()).isNotEqualTo("tyoterveysneuvottelu");
    }

    private List<String> mentalHealthNeeds(Set<String> currentServices) {
        return ids(kb.recommend(
                new ProfileQuery(
                        Segment.SERVICE_GUIDANCE,
                        Set.of(SupportArea.MENTAL_WELLBEING, SupportArea.SUBSTANCE_USE),
                        Map.of(ProfileArea.MIND, 3.0),
                        null,
                        Language.FI,
                        false,
                        new Background(40, "unemployed", null, currentServices, null)),
                ALL));
    }

    @Test
    void doesNotRecommendAServiceTheResidentAlreadyUses() {
        assertThat(mentalHealthNeeds(Set.of())).contains("mielenterveyspalvelut", "paihdepalvelut");
        assertThat(mentalHealthNeeds(Set.of("mental_health_services")))
                .doesNotContain("mielenterveyspalvelut")
                .contains("paihdepalvelut");
        assertThat(mentalHealthNeeds(Set.of("substance_services", "mental_health_services")))
                .doesNotContain("mielenterveyspalvelut", "paihdepalvelut");
    }

    private List<Recommendation> jobSearch(@Nullable Boolean registered) {
        return kb.recommend(
                new ProfileQuery(
                        Segment.SELF_SERVICE,
                        Set.of(SupportArea.JOB_SEARCH),
                        Map.of(),
                        null,
                        Language.FI,
                        false,
                        new Background(40, "unemployed", null, Set.of(), registered)),
                ALL);
    }

    @Test
    void pointsAnUnregisteredUnemployedResidentToRegisterWithEmploymentServices() {
        Recommendation first = jobSearch(false).getFirst();
        assertThat(first.id()).isEqualTo("tyollisyyspalvelut");
        assertThat(first.why()).contains("Et ole vielä ilmoittautunut työnhakijaksi");
    }

    @Test
    void leadsARegisteredJobSeekerToServicesOfEmploymentServicesInsteadOfRegistering() {
        List<Recommendation> recommendations = jobSearch(true);
        assertThat(ids(recommendations)).doesNotContain("tyollisyyspalvelut");
        Recommendation coaching = recommendations.stream()
                .filter(r -> r.id().equals("tyohonvalmennus"))
                .findFirst()
                .orElseThrow();
        assertThat(coaching.why()).contains("Olet työnhakijana");
        Recommendation unknown = jobSearch(null).stream()
                .filter(r -> r.id().equals("tyohonvalmennus"))
                .findFirst()
                .orElseThrow();
        assertThat(coaching.score()).isGreaterThan(unknown.score());
    }

    @Test
    void favoursTheServicesOfTheResidentsGoal() {
        List<Recommendation> studies = kb.recommend(
                new ProfileQuery(
                        Segment.SERVICE_GUIDANCE,
                        Set.of(SupportArea.JOB_SEARCH),
                        Map.of(),
                        null,
                        Language.SV,
                        false,
                        new Background(35, "unemployed", "studies", Set.of(), true)),
                5);
        assertThat(ids(studies)).contains("koulutuskokeilu", "omaehtoinen-opiskelu");
        assertThat(studies.stream()
                        .filter(r -> r.id().equals("koulutuskokeilu"))
                        .findFirst()
                        .orElseThrow()
                        .why())
                .contains("För dig mot ditt mål: studier.");
        List<Recommendation> pension = kb.recommend(
                new ProfileQuery(
                        Segment.WORK_ABILITY_TEAM,
                        Set.of(SupportArea.HEALTH),
                        Map.of(ProfileArea.OVERALL, 2.0),
                        null,
                        Language.FI,
                        false,
                        new Background(58, "unemployed", "pension_assessment", Set.of(), true)),
                5);
        assertThat(ids(pension)).contains("tyokyvyttomyyselake");
    }

    @Test
    void keepsTheOldBehaviourWithoutBackground() {
        ProfileQuery without = new ProfileQuery(
                Segment.SERVICE_GUIDANCE, Set.of(SupportArea.FINANCES), Map.of(), null, Language.FI, false);
        ProfileQuery unknown = new ProfileQuery(
                Segment.SERVICE_GUIDANCE,
                Set.of(SupportArea.FINANCES),
                Map.of(),
                null,
                Language.FI,
                false,
                Background.UNKNOWN);
        assertThat(kb.recommend(without, 10)).isEqualTo(kb.recommend(unknown, 10));
    }
}
