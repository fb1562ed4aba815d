package fi.polku.knowledge.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.knowledge.search.SearchHit;
import fi.polku.knowledge.search.SearchRequest;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Semantic recall fuses the nearest services by embedding with the keyword ranking, filtered alike, and fails soft. */
class SemanticRecallTests {

    private final ConceptEmbedder embedder = new ConceptEmbedder();
    private ServiceCatalogue catalogue;
    private KnowledgeBase keywordOnly;
    private KnowledgeBase hybrid;

    @BeforeEach
    void buildBothIndexes() throws URISyntaxException {
        catalogue = ServiceCatalogue.load(
                Path.of(getClass().getResource("/catalogue/valid").toURI()));
        keywordOnly = KnowledgeBase.build(catalogue, Set.of("oulu", "vaasa")::contains);
        hybrid = KnowledgeBase.build(catalogue, Set.of("oulu", "vaasa")::contains, Optional.of(embedder));
    }

    @AfterEach
    void close() {
        keywordOnly.close();
        hybrid.close();
    }

    @Test
    void recallsAServiceThatSharesNoWordWithTheQuery() {
        SearchRequest request = SearchRequest.of("olen ihan kuivilla", Language.FI, 5);

        assertThat(keywordOnly.search(request).hits()).isEmpty();
        List<SearchHit> hits = hybrid.search(request).hits();
        assertThat(hits).extracting(SearchHit::id).containsExactly("talous-ja-velkaneuvonta");
        // nothing to mark: the summary of the result language, escaped
        assertThat(hits.getFirst().snippet())
                .isEqualTo(catalogue
                        .find("talous-ja-velkaneuvonta")
                        .orElseThrow()
                        .text(Language.FI)
                        .summary());
    }

    @Test
    void keepsKeywordHitsFirstWithTheirMarkedSnippets() {
        SearchRequest request = SearchRequest.of("työkokeilu", Language.FI, 5);
        List<SearchHit> keyword = keywordOnly.search(request).hits();

        List<SearchHit> fused = hybrid.search(request).hits();

        assertThat(keyword).extracting(SearchHit::id).containsExactly("tyokokeilu");
        assertThat(fused.getFirst().id()).isEqualTo("tyokokeilu");
        assertThat(fused.getFirst().snippet()).isEqualTo(keyword.getFirst().snippet());
        assertThat(fused.getFirst().snippet()).contains("<mark>");
    }

    @Test
    void ranksAServiceFoundBothWaysAboveOneFoundOnlyByItsEmbedding() {
        // "masennus" is a keyword of the mental health services; "kuivilla" only means money in the embedding
        List<String> ids = hybrid.search(SearchRequest.of("masennus ja kuivilla", Language.FI, 5)).hits().stream()
                .map(SearchHit::id)
                .toList();

        assertThat(ids).containsExactly("mielenterveyspalvelut", "talous-ja-velkaneuvonta");
    }

    @Test
    void appliesTheMunicipalityAndSegmentFiltersToVectorHits() {
        assertThat(keywordOnly
                        .search(SearchRequest.of("ankeaa", Language.FI, 5))
                        .hits())
                .isEmpty();
        // mental health services are offered in Oulu only and suit two segments
        assertThat(ids(new SearchRequest("ankeaa", Language.FI, 5, "oulu", null)))
                .containsExactly("mielenterveyspalvelut");
        assertThat(ids(new SearchRequest("ankeaa", Language.FI, 5, "vaasa", null)))
                .isEmpty();
        assertThat(ids(new SearchRequest("ankeaa", Language.FI, 5, null, Segment.URGENT_HELP)))
                .isEmpty();
        assertThat(ids(new SearchRequest("ankeaa", Language.FI, 5, "oulu", Segment.WORK_ABILITY_TEAM)))
                .containsExactly("mielenterveyspalvelut");
    }

    @Test
    void appliesTheAgeFilterToVectorHits() {
        // the work trial fixture serves ages from 16 (its eligibility block); "harjoittelu" only means it in the
        // embedding
        assertThat(keywordOnly
                        .search(new SearchRequest("harjoittelu", Language.FI, 5, null, null, 16))
                        .hits())
                .isEmpty();
        assertThat(ids(new SearchRequest("harjoittelu", Language.FI, 5, null, null, 16)))
                .contains("tyokokeilu");
        assertThat(ids(new SearchRequest("harjoittelu", Language.FI, 5, null, null, 15)))
                .doesNotContain("tyokokeilu");
    }

    @Test
    void fallsBackToKeywordRankingWhenTheEmbedderFails() {
        embedder.failing = true;

        assertThat(ids(SearchRequest.of("olen ihan kuivilla", Language.FI, 5))).isEmpty();
        assertThat(ids(SearchRequest.of("työkokeilu", Language.FI, 5))).containsExactly("tyokokeilu");
    }

    @Test
    void pausesAFailingEmbedderAndTriesAgainLater() {
        long[] now = {0};
        SemanticRecall recall =
                SemanticRecall.build(catalogue, embedder, () -> now[0]).orElseThrow();
        SearchRequest request = SearchRequest.of("olen ihan kuivilla", Language.FI, 5);
        int moneyAdvice = catalogue
                .all()
                .indexOf(catalogue.find("talous-ja-velkaneuvonta").orElseThrow());
        embedder.failing = true;

        assertThat(recall.nearest(request.text(), null)).isEmpty();
        int calls = embedder.calls.get();
        embedder.failing = false;
        now[0] += SemanticRecall.PAUSE_NANOS - 1;
        assertThat(recall.nearest(request.text(), null)).isEmpty();
        assertThat(embedder.calls.get()).as("paused: the model is not asked").isEqualTo(calls);

        now[0] += 1;
        assertThat(recall.nearest(request.text(), null)).containsExactly(moneyAdvice);
        recall.close();
    }

    @Test
    void buildsAKeywordIndexWhenTheEmbedderFailsAtBuildTime() {
        embedder.failing = true;

        try (KnowledgeBase kb = KnowledgeBase.build(catalogue, s -> false, Optional.of(embedder))) {
            embedder.failing = false;
            int before = embedder.calls.get();
            assertThat(kb.search(SearchRequest.of("työkokeilu", Language.FI, 5)).hits())
                    .extracting(SearchHit::id)
                    .containsExactly("tyokokeilu");
            assertThat(embedder.calls.get())
                    .as("no semantic recall, so no query embedding")
                    .isEqualTo(before);
        }
    }

    @Test
    void embedsTheQueryOnceAndEachServiceTextOnceAtBuild() {
        int texts = catalogue.all().stream().mapToInt(s -> s.texts().size()).sum();
        assertThat(embedder.calls.get()).isEqualTo(texts);

        hybrid.search(SearchRequest.of("työkokeilu", Language.FI, 5));

        assertThat(embedder.calls.get()).isEqualTo(texts + 1);
    }

    @Test
    void givesNoHitsForATextThatAnalysesToNothing() {
        assertThat(ids(SearchRequest.of("?!", Language.FI, 5))).isEmpty();
    }

    @Test
    void embedsTitleSummaryAndKeywords() {
        String text = VectorIndexer.embeddedText(
                catalogue.find("tyokokeilu").orElseThrow().text(Language.FI));
        assertThat(text)
                .isEqualTo(
                        "Työkokeilu. Työkokeilussa kokeilet, sopiiko ala tai työpaikka sinulle. työkokeilu, kokeilu");
    }

    @Test
    void cutsLongTextsWithoutSplittingACharacter() {
        assertThat(VectorIndexer.cut("a".repeat(5_000))).hasSize(VectorIndexer.MAX_TEXT_LENGTH);
        assertThat(VectorIndexer.cut("a".repeat(VectorIndexer.MAX_TEXT_LENGTH))).hasSize(VectorIndexer.MAX_TEXT_LENGTH);
        // an emoji across the cut is left out whole, not split into a lone surrogate
        String emojiAcross = "a".repeat(VectorIndexer.MAX_TEXT_LENGTH - 1) + "😀 b";
        assertThat(VectorIndexer.cut(emojiAcross)).isEqualTo("a".repeat(VectorIndexer.MAX_TEXT_LENGTH - 1));
    }

    private List<String> ids(SearchRequest request) {
        return hybrid.search(request).hits().stream().map(SearchHit::id).toList();
    }
}
