package fi.polku.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.bench.RealisticCatalogue;
import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.eval.EvalFiles;
import fi.polku.knowledge.eval.EvalQuery;
import fi.polku.knowledge.index.CustomPiece;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each custom piece that replaces a Lucene default (see {@link CustomPiece}) against the library piece it claims to
 * equal: the same hits in the same order with the same scores, titles and snippets, for every evaluation query, the
 * benchmark's queries and misspellings, on the bundled catalogue and on 600 services shaped like a national one
 * (many ties near the top, so the tie-break is compared too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomPiecesOracleTests {

    private final ServiceCatalogue bundled = ServiceCatalogue.loadBundled();
    private final ServiceCatalogue realistic = RealisticCatalogue.of(bundled, 600, 7);
    private final List<KnowledgeBase> built = new ArrayList<>();
    private final Map<ServiceCatalogue, KnowledgeBase> allCustom = new IdentityHashMap<>();

    @AfterAll
    void close() {
        built.forEach(KnowledgeBase::close);
    }

    private KnowledgeBase build(ServiceCatalogue catalogue, Set<CustomPiece> pieces) {
        KnowledgeBase kb = KnowledgeBase.build(
                catalogue, Set.of("oulu", "vaasa", "rovaniemi")::contains, Optional.empty(), pieces);
        built.add(kb);
        return kb;
    }

    private static List<SearchRequest> requests() {
        List<SearchRequest> requests = new ArrayList<>();
        Stream.concat(EvalFiles.dev().stream(), Stream.of(EvalFiles.heldOut(), EvalFiles.blind()))
                .map(EvalQuery::read)
                .flatMap(List::stream)
                .forEach(q -> requests.add(SearchRequest.of(q.text(), q.language(), 20)));
        // misspellings (typo clauses), compounds, long and filtered searches
        for (String text : List.of(
                "työkokelu",
                "tyokoeilu",
                "velkaneuvota",
                "mielenterveyspalvelut",
                "skuldrådgivnig",
                "kuntotus",
                "masenus ja ahdistus",
                "arbetsprövnign",
                "rehabilitaton",
                "työtön ".repeat(40))) {
            for (Language lang : Language.values()) {
                requests.add(SearchRequest.of(text, lang, 20));
            }
        }
        requests.add(new SearchRequest("masennus", Language.FI, 20, "oulu", null));
        requests.add(new SearchRequest("apua velkoihin", Language.SV, 20, "vaasa", Segment.SERVICE_GUIDANCE));
        return requests;
    }

    @ParameterizedTest
    @EnumSource(CustomPiece.class)
    void changesNoResultAgainstTheLibraryPieceItReplaces(CustomPiece piece) {
        EnumSet<CustomPiece> withoutIt = EnumSet.allOf(CustomPiece.class);
        withoutIt.remove(piece);
        List<SearchRequest> requests = requests();
        assertThat(requests).hasSizeGreaterThan(150);
        for (ServiceCatalogue catalogue : List.of(bundled, realistic)) {
            KnowledgeBase custom =
                    allCustom.computeIfAbsent(catalogue, c -> build(c, EnumSet.allOf(CustomPiece.class)));
            KnowledgeBase library = build(catalogue, withoutIt);
            int hits = 0;
            // every query on the bundled catalogue, every other one on the larger (the test's time is mostly searching)
            int step = catalogue == bundled ? 1 : 2;
            for (int i = 0; i < requests.size(); i += step) {
                SearchRequest request = requests.get(i);
                SearchResults expected = library.search(request);
                assertThat(custom.search(request))
                        .as("%s, %d services: %s", piece, catalogue.all().size(), request)
                        .isEqualTo(expected);
                hits += expected.hits().size();
            }
            assertThat(hits).as("the comparison is not vacuous").isGreaterThan(requests.size() / step * 5);
        }
    }
}
