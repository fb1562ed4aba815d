package fi.polku.knowledge.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import java.net.URISyntaxException;
import java.nio.file.Path;
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
