package fi.polku.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
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
    void prefersTheAskedLanguageSlightly() {
        SearchResults fi = kb.search(SearchRequest.of("kris", Language.SV, 3));
        assertThat(fi.hits().getFirst().id()).isEqualTo("kriisiapu");
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
    }

    @Test
    void cutsVeryLongQueries() {
        String longText = "työkokeilu velka masennus kriisi ".repeat(2_500);
        assertThat(longText).hasSizeGreaterThan(10_000);
        assertThat(ids(longText, Language.FI)).isNotEmpty();
        assertThat(ids("työ ".repeat(5_000) + " x".repeat(5_000), Language.FI)).isNotNull();
    }

    @Test
    void givesNoHitsForTextThatAnalysesToNothing() {
        assertThat(ids("ja ja ja", Language.FI)).isEmpty();
        assertThat(ids("!!! ***", Language.FI)).isEmpty();
    }
}
