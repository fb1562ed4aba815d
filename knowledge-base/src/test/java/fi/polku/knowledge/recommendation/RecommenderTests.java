package fi.polku.knowledge.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommenderTests {

    private final KnowledgeBase kb;

    RecommenderTests() throws URISyntaxException {
        kb = KnowledgeBase.build(
                ServiceCatalogue.load(
                        Path.of(getClass().getResource("/catalogue/valid").toURI())),
                Set.of("oulu", "vaasa")::contains);
    }

    private static ProfileQuery profile(
            Set<SupportArea> support,
            Map<ProfileArea, Double> scores,
            String municipality,
            Language lang,
            boolean crisis) {
        return new ProfileQuery(Segment.SERVICE_GUIDANCE, support, scores, municipality, lang, crisis);
    }

    @Test
    void putsCrisisHelpFirstInACrisis() {
        List<Recommendation> recommendations =
                kb.recommend(profile(Set.of(SupportArea.FINANCES), Map.of(), null, Language.FI, true), 3);
        assertThat(recommendations.getFirst().id()).isEqualTo("kriisiapu");
        assertThat(recommendations.getFirst().why()).startsWith("Näytetään ensin, koska saatat tarvita apua heti");
        assertThat(recommendations.get(1).id()).isEqualTo("talous-ja-velkaneuvonta");
    }

    @Test
    void ranksOnceAndWritesTheSameRecommendationsInEveryLanguage() {
        ProfileQuery query =
                profile(Set.of(SupportArea.FINANCES), Map.of(ProfileArea.MIND, 4.0), "oulu", Language.FI, true);

        Map<Language, List<Recommendation>> all = kb.recommendInEveryLanguage(query, 3);

        assertThat(all).containsOnlyKeys(Language.FI, Language.SV, Language.EN);
        for (Language lang : Language.values()) {
            ProfileQuery inLanguage =
                    profile(Set.of(SupportArea.FINANCES), Map.of(ProfileArea.MIND, 4.0), "oulu", lang, true);
            assertThat(all.get(lang)).isEqualTo(kb.recommend(inLanguage, 3));
        }
        assertThat(all.get(Language.FI).getFirst().id()).isEqualTo("kriisiapu");
        assertThat(all.get(Language.EN).get(1).why()).startsWith("You asked for help with: money and debts.");
        assertThat(all.get(Language.FI).get(1).why()).startsWith("Toivoit apua: raha-asiat ja velat.");
    }

    @Test
    void hasEveryReasonTextInEveryLanguage() throws java.io.IOException {
        java.util.Properties finnish = bundle("recommendations.properties");
        for (String other : List.of("recommendations_sv.properties", "recommendations_en.properties")) {
            assertThat(bundle(other).keySet()).as(other).isEqualTo(finnish.keySet());
        }
    }

    private static java.util.Properties bundle(String file) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = RecommenderTests.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void ranksByMatchedSupportAreasAndExplainsInTheLanguage() {
        Recommendation first = kb.recommend(
                        profile(Set.of(SupportArea.FINANCES), Map.of(), null, Language.SV, false), 3)
                .getFirst();
        assertThat(first.id()).isEqualTo("talous-ja-velkaneuvonta");
        assertThat(first.title()).isEqualTo("Ekonomi- och skuldrådgivning");
        assertThat(first.why())
                .contains("Du bad om hjälp med: pengar och skulder.")
                .contains("servicehandledning");
    }

    @Test
    void countsProfileAreasWithAClearNeedMoreThanSomeNeed() {
        List<Recommendation> recommendations = kb.recommend(
                profile(Set.of(), Map.of(ProfileArea.MIND, 4.0, ProfileArea.SKILLS, 7.0), "oulu", Language.FI, false),
                5);
        assertThat(recommendations.getFirst().id()).isEqualTo("mielenterveyspalvelut");
        assertThat(recommendations.getFirst().why())
                .contains("tarvitset selvästi tukea: mieli ja mieliala")
                .contains("kunnassasi");
        assertThat(recommendations).extracting(Recommendation::id).contains("tyokokeilu");
        Recommendation trial = recommendations.stream()
                .filter(r -> r.id().equals("tyokokeilu"))
                .findFirst()
                .orElseThrow();
        assertThat(trial.why()).contains("jonkin verran tukea: osaaminen ja taidot");
    }

    private double scoreOf(String id, ProfileQuery query) {
        return kb.recommend(query, 10).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void scoresEachMatchAsTheReadmeSaysWithTheNeedBoundariesExclusive() {
        // talous-ja-velkaneuvonta: finances 3 + segment SERVICE_GUIDANCE 1.5, plus its everyday_life need
        Set<SupportArea> money = Set.of(SupportArea.FINANCES);
        assertThat(scoreOf("talous-ja-velkaneuvonta", profile(money, Map.of(), null, Language.FI, false)))
                .isEqualTo(4.5);
        assertThat(scoreOf(
                        "talous-ja-velkaneuvonta",
                        profile(money, Map.of(ProfileArea.EVERYDAY_LIFE, 5.9), null, Language.FI, false)))
                .as("below 6 is a clear need: 2")
                .isEqualTo(6.5);
        assertThat(scoreOf(
                        "talous-ja-velkaneuvonta",
                        profile(money, Map.of(ProfileArea.EVERYDAY_LIFE, 6.0), null, Language.FI, false)))
                .as("6 is only some need: 1")
                .isEqualTo(5.5);
        assertThat(scoreOf(
                        "talous-ja-velkaneuvonta",
                        profile(money, Map.of(ProfileArea.EVERYDAY_LIFE, 7.9), null, Language.FI, false)))
                .isEqualTo(5.5);
        assertThat(scoreOf(
                        "talous-ja-velkaneuvonta",
                        profile(money, Map.of(ProfileArea.EVERYDAY_LIFE, 8.0), null, Language.FI, false)))
                .as("8 is no need")
                .isEqualTo(4.5);
        // a nationwide service is not local anywhere
        assertThat(scoreOf("talous-ja-velkaneuvonta", profile(money, Map.of(), "oulu", Language.FI, false)))
                .isEqualTo(4.5);
        // mielenterveyspalvelut is Oulu's own: mental wellbeing 3 + segment 1.5 + local 0.5
        assertThat(scoreOf(
                        "mielenterveyspalvelut",
                        profile(Set.of(SupportArea.MENTAL_WELLBEING), Map.of(), "oulu", Language.FI, false)))
                .isEqualTo(5.0);
    }

    @Test
    void namesANeedInItsReasonByTheSameExclusiveBoundaries() {
        Set<SupportArea> money = Set.of(SupportArea.FINANCES);
        assertThat(why(money, 5.9)).contains("selvästi tukea: arjesta selviytyminen");
        assertThat(why(money, 6.0))
                .contains("jonkin verran tukea: arjesta selviytyminen")
                .doesNotContain("selvästi");
        assertThat(why(money, 7.9)).contains("jonkin verran tukea: arjesta selviytyminen");
        assertThat(why(money, 8.0)).doesNotContain("arjesta selviytyminen");
    }

    private String why(Set<SupportArea> support, double everydayLife) {
        return kb.recommend(
                        profile(support, Map.of(ProfileArea.EVERYDAY_LIFE, everydayLife), null, Language.FI, false), 1)
                .getFirst()
                .why();
    }

    @Test
    void breaksEqualScoresById() {
        // only the segment fits each of the three: 1.5 each
        assertThat(kb.recommend(profile(Set.of(), Map.of(), null, Language.FI, false), 5))
                .extracting(Recommendation::id, Recommendation::score)
                .containsExactly(
                        tuple("mielenterveyspalvelut", 1.5),
                        tuple("talous-ja-velkaneuvonta", 1.5),
                        tuple("tyokokeilu", 1.5));
    }

    @Test
    void breaksEqualScoresByIdWhateverTheCatalogueOrder() throws URISyntaxException {
        List<fi.polku.knowledge.catalogue.ServiceDescription> reversed =
                new java.util.ArrayList<>(ServiceCatalogue.load(Path.of(
                                getClass().getResource("/catalogue/valid").toURI()))
                        .all());
        Collections.reverse(reversed);
        Recommender recommender = new Recommender(ServiceCatalogue.of(reversed), municipality -> true);

        assertThat(recommender.recommend(profile(Set.of(), Map.of(), null, Language.FI, false), 5))
                .extracting(Recommendation::id)
                .containsExactly("mielenterveyspalvelut", "talous-ja-velkaneuvonta", "tyokokeilu");
    }

    @Test
    void leavesOutServicesThatMatchNothingUnlessTheBackgroundGivesAReason() {
        // only the debt advice has the SELF_SERVICE segment; nothing else matches
        assertThat(kb.recommend(
                        new ProfileQuery(Segment.SELF_SERVICE, Set.of(), Map.of(), null, Language.FI, false), 5))
                .extracting(Recommendation::id)
                .containsExactly("talous-ja-velkaneuvonta");
        // the work trial comes first for the unemployed: the background alone brings it in
        Background unemployed = new Background(40, "unemployed", null, Set.of(), null);
        assertThat(kb.recommend(
                        new ProfileQuery(
                                Segment.SELF_SERVICE, Set.of(), Map.of(), null, Language.FI, false, unemployed),
                        5))
                .extracting(Recommendation::id)
                .containsExactly("tyokokeilu", "talous-ja-velkaneuvonta");
    }

    @Test
    void leavesOutServicesNotOfferedInAKnownMunicipality() {
        assertThat(kb.recommend(
                        profile(Set.of(SupportArea.MENTAL_WELLBEING), Map.of(), "vaasa", Language.EN, false), 5))
                .extracting(Recommendation::id)
                .doesNotContain("mielenterveyspalvelut");
    }

    @Test
    void respectsTheLimit() {
        assertThat(kb.recommend(profile(Set.of(), Map.of(), null, Language.FI, true), 1))
                .hasSize(1);
        assertThat(kb.recommend(profile(Set.of(), Map.of(), null, Language.FI, true), 0))
                .isEmpty();
    }
}
