package fi.polku.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.knowledge.index.QueryTerms;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeBaseTests {

    private KnowledgeBase kb;

    @BeforeAll
    void buildIndexOfTheFixtureCatalogue() throws URISyntaxException {
        Path folder = Path.of(getClass().getResource("/catalogue/valid").toURI());
        kb = KnowledgeBase.build(ServiceCatalogue.load(folder), Set.of("oulu", "vaasa")::contains);
    }

    @AfterAll
    void close() {
        kb.close();
    }

    private List<String> ids(String text, Language lang) {
        return kb.search(SearchRequest.of(text, lang, 10)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void returnsNoMoreHitsThanTheLimit() {
        assertThat(ids("mielenterveys velka", Language.FI))
                .contains("mielenterveyspalvelut", "talous-ja-velkaneuvonta");
        assertThat(kb.search(SearchRequest.of("mielenterveys velka", Language.FI, 1))
                        .hits())
                .hasSize(1);
    }

    @Test
    void knowsTheMunicipalitiesTheCatalogueNamesByDefault() throws URISyntaxException {
        Path folder = Path.of(getClass().getResource("/catalogue/valid").toURI());
        try (KnowledgeBase named = KnowledgeBase.build(ServiceCatalogue.load(folder))) {
            // oulu is named in the municipalities of the mental health services, vaasa only by the work trial's local
            // channels: both filter; a municipality no service names does not
            assertThat(named.search(new SearchRequest("mielenterveys", Language.FI, 10, "vaasa", null))
                            .hits())
                    .extracting(SearchHit::id)
                    .doesNotContain("mielenterveyspalvelut");
            assertThat(named.search(new SearchRequest("mielenterveys", Language.FI, 10, "oulu", null))
                            .hits())
                    .extracting(SearchHit::id)
                    .contains("mielenterveyspalvelut");
            assertThat(named.search(new SearchRequest("mielenterveys", Language.FI, 10, "kemi", null))
                            .hits())
                    .extracting(SearchHit::id)
                    .contains("mielenterveyspalvelut");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"työkokeilu", "tyokokeilu", "työkokeilua", "työkokeiluun", "TYÖKOKEILU", "työkokelu"})
    void findsTheWorkTrialFromEveryForm(String text) {
        assertThat(ids(text, Language.FI)).first().isEqualTo("tyokokeilu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"skuldrådgivning", "velkaantunut", "velat", "ulosotto", "skulder"})
    void findsDebtCounsellingFromCompoundsInflectionsAndSynonyms(String text) {
        assertThat(ids(text, Language.SV)).first().isEqualTo("talous-ja-velkaneuvonta");
    }

    @Test
    void matchesFinnishTypedOnASwedishPageAndAnswersInSwedish() {
        SearchResults results = kb.search(SearchRequest.of("velkaneuvonta", Language.SV, 5));
        assertThat(results.hits().getFirst().id()).isEqualTo("talous-ja-velkaneuvonta");
        assertThat(results.hits().getFirst().title()).isEqualTo("Ekonomi- och skuldrådgivning");
    }

    @Test
    void marksHitsInTheSnippetOfTheResultLanguage() {
        SearchHit hit = kb.search(SearchRequest.of("arbetsplats", Language.SV, 5))
                .hits()
                .getFirst();
        assertThat(hit.snippet()).contains("<mark>arbetsplats</mark>");
    }

    @Test
    void usesTheSummaryWhenNoHitIsInTheResultLanguage() {
        SearchHit hit =
                kb.search(SearchRequest.of("työkokeilu", Language.SV, 5)).hits().getFirst();
        assertThat(hit.snippet()).isEqualTo("I en arbetsprövning prövar du om en bransch passar dig.");
    }

    @Test
    void escapesHtmlOfTheDescriptionInSnippets() {
        SearchHit hit = kb.search(SearchRequest.of("keskusteluapua", Language.FI, 5))
                .hits()
                .getFirst();
        assertThat(hit.snippet()).contains("<mark>").doesNotContain("<script>").contains("&amp;");
    }

    @Test
    void filtersByMunicipalityKeepingNationwideServices() {
        assertThat(kb.search(new SearchRequest("masennus", Language.FI, 10, "vaasa", null))
                        .hits())
                .extracting(SearchHit::id)
                .doesNotContain("mielenterveyspalvelut");
        assertThat(ids("masennus", Language.FI)).contains("mielenterveyspalvelut");
        assertThat(kb.search(new SearchRequest("masennus", Language.FI, 10, "oulu", null))
                        .hits())
                .extracting(SearchHit::id)
                .contains("mielenterveyspalvelut");
    }

    @Test
    void ignoresAnUnknownMunicipality() {
        assertThat(kb.search(new SearchRequest("masennus", Language.FI, 10, "atlantis", null))
                        .hits())
                .extracting(SearchHit::id)
                .contains("mielenterveyspalvelut");
    }

    @Test
    void filtersBySegment() {
        assertThat(kb.search(new SearchRequest("apua", Language.FI, 10, null, Segment.URGENT_HELP))
                        .hits())
                .extracting(SearchHit::id)
                .containsOnly("kriisiapu");
    }

    @Test
    void prefersTheAskedLanguage() {
        // two services alike but for the language whose title has the word: only the language weighting orders them
        try (KnowledgeBase twins = KnowledgeBase.build(ServiceCatalogue.of(List.of(
                service("a-service", "Alfa palvelu", "Xyzzy tjänst"),
                service("b-service", "Xyzzy palvelu", "Beta tjänst"))))) {
            List<SearchHit> swedish =
                    twins.search(SearchRequest.of("xyzzy", Language.SV, 5)).hits();
            List<SearchHit> finnish =
                    twins.search(SearchRequest.of("xyzzy", Language.FI, 5)).hits();

            assertThat(swedish).extracting(SearchHit::id).containsExactly("a-service", "b-service");
            assertThat(finnish).extracting(SearchHit::id).containsExactly("b-service", "a-service");
            assertThat(swedish.getFirst().score() / swedish.get(1).score())
                    .as("asked / other language")
                    .isCloseTo(
                            (double) (ServiceQueryBuilder.PREFERRED_LANGUAGE / ServiceQueryBuilder.OTHER_LANGUAGE),
                            within(1e-4));
        }
    }

    private static ServiceDescription service(String id, String finnishTitle, String swedishTitle) {
        return new ServiceDescription(
                id,
                "municipality",
                List.of(ServiceDescription.NATIONWIDE),
                Set.of(Segment.SERVICE_GUIDANCE),
                Set.of(SupportArea.DAILY_LIFE),
                Set.of(ProfileArea.EVERYDAY_LIFE),
                null,
                List.of(),
                "unverified",
                Map.of(
                        Language.FI, text(Language.FI, finnishTitle, "Tukea arkeen."),
                        Language.SV, text(Language.SV, swedishTitle, "Stöd i vardagen.")),
                "test");
    }

    private static ServiceText text(Language lang, String title, String summary) {
        return new ServiceText(
                lang, title, summary, summary, "<p>" + summary + "</p>", List.of(), List.of(), List.of());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"työkokeilu",
                "työ AND NOT kokeilu OR",
                "*",
                "?",
                "\\",
                "tyo* kokeil?",
                "title_fi:työ^10",
                "((((",
                "~~~ ~2",
                "\u0000\u0001\u001f työkokeilu \u007f",
                "😀😀 työkokeilu 🇫🇮",
                "a/b/c [1 TO 5] {x}",
                "\uD800 lone surrogate",
                "   "
            })
    void neverThrowsOnHostileText(String text) {
        SearchResults results = kb.search(SearchRequest.of(text, Language.FI, 10));
        assertThat(results.query()).isEqualTo(text);
        if (text.contains("työkokeilu")) {
            // control characters and emoji around a word do not hide it
            assertThat(results.hits()).extracting(SearchHit::id).first().isEqualTo("tyokokeilu");
        }
    }

    @Test
    void searchesAVeryLongQueryByItsHead() {
        String longText = "työkokeilu velka masennus kriisi ".repeat(2_500);
        assertThat(longText).hasSizeGreaterThan(10_000);
        assertThat(ids(longText, Language.FI))
                .containsExactlyInAnyOrder(
                        "tyokokeilu", "talous-ja-velkaneuvonta", "mielenterveyspalvelut", "kriisiapu");
    }

    @Test
    void usesOnlyTheFirst2000Characters() {
        String word = "työkokeilu";
        assertThat(ids(" ".repeat(QueryTerms.MAX_CHARS - word.length()) + word, Language.FI))
                .first()
                .isEqualTo("tyokokeilu");
        assertThat(ids(" ".repeat(QueryTerms.MAX_CHARS) + word, Language.FI)).isEmpty();
    }

    @Test
    void findsTheWordsOfATextCutInsideAnEmoji() {
        // an unpaired surrogate at the end made the whole text analyse to nothing; the cut at 2,000 characters
        // splits an emoji that straddles it
        assertThat(ids("työkokeilu \uD83D", Language.FI)).first().isEqualTo("tyokokeilu");
        String straddling = "työkokeilu" + " ".repeat(QueryTerms.MAX_CHARS - "työkokeilu".length() - 1) + "😀";
        assertThat(ids(straddling, Language.FI)).first().isEqualTo("tyokokeilu");
    }

    @Test
    void usesOnlyTheFirst32Words() {
        // words no index knows and too short for typo matching
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < QueryTerms.MAX_TYPED - 1; i++) {
            words.append("qz")
                    .append((char) ('a' + i % 26))
                    .append((char) ('a' + i / 26))
                    .append(' ');
        }
        assertThat(ids(words + "työkokeilu", Language.FI)).first().isEqualTo("tyokokeilu");
        assertThat(ids(words + "qzzz työkokeilu", Language.FI)).isEmpty();
    }

    @Test
    void givesNoHitsForTextThatAnalysesToNothing() {
        assertThat(ids("ja ja ja", Language.FI)).isEmpty();
        assertThat(ids("!!! ***", Language.FI)).isEmpty();
    }
}
