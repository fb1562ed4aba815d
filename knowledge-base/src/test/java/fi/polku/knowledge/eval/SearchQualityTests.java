package fi.polku.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.segmentation.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Search quality floors over the bundled catalogue, slightly under the figures reached, so regressions fail. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQualityTests {

    private ServiceCatalogue catalogue;
    private KnowledgeBase kb;

    @BeforeAll
    void build() {
        catalogue = ServiceCatalogue.loadBundled();
        kb = KnowledgeBase.build(catalogue);
    }

    @AfterAll
    void close() {
        kb.close();
    }

    @Test
    void reachesTheFloorOnTheSharedDevSet() {
        Optional<Path> dev = EvalFiles.dev();
        assumeTrue(dev.isPresent(), "shared/eval is not present");
        EvalReport report = SearchEvaluation.polku(kb, EvalQuery.read(dev.get()));
        assertThat(report.overall().hitAt5()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.overall().mrrAt10()).isGreaterThanOrEqualTo(0.88);
        assertThat(report.byLanguage().get(Language.FI).hitAt5()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void reachesTheFloorOnTheHeldOutSet() {
        List<EvalQuery> queries = EvalQuery.read(EvalFiles.heldOut());
        assertThat(queries).hasSizeGreaterThanOrEqualTo(90);
        EvalReport report = SearchEvaluation.polku(kb, queries);
        assertThat(report.overall().hitAt5()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.overall().mrrAt10()).isGreaterThanOrEqualTo(0.92);
        for (Language lang : Language.values()) {
            assertThat(report.byLanguage().get(lang).hitAt5()).as(lang.tag()).isGreaterThanOrEqualTo(0.93);
        }
    }

    /** Workplace adaptation, outreach, benefits by name, feelings, activities, illness plus unemployment (issue 7). */
    @Test
    void reachesTheFloorOnTheSixKindsOfMiss() {
        EvalReport report = SearchEvaluation.polku(kb, EvalQuery.read(EvalFiles.kinds()));
        assertThat(report.overall().hitAt5()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.overall().mrrAt10()).isGreaterThanOrEqualTo(0.85);
        for (Language lang : Language.values()) {
            assertThat(report.byLanguage().get(lang).hitAt5()).as(lang.tag()).isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void generalisesToTheBlindSet() {
        EvalReport report = SearchEvaluation.polku(kb, EvalQuery.read(EvalFiles.blind()));
        assertThat(report.overall().hitAt5()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.overall().mrrAt10()).isGreaterThanOrEqualTo(0.85);
    }

    /** The newest blind set: floors just under the figures measured once (hit@5 0.956, fi 0.933, MRR@10 0.817). */
    @Test
    void generalisesToTheSecondBlindSet() {
        EvalReport report = SearchEvaluation.polku(kb, EvalQuery.read(EvalFiles.blind2()));
        assertThat(report.overall().hitAt5()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.overall().mrrAt10()).isGreaterThanOrEqualTo(0.80);
        assertThat(report.byLanguage().get(Language.FI).hitAt5()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void beatsThePlainBm25Baseline() {
        List<EvalQuery> queries = EvalQuery.read(EvalFiles.heldOut());
        EvalReport ours = SearchEvaluation.polku(kb, queries);
        EvalReport baseline = SearchEvaluation.baseline(new BaselineSearch(catalogue), queries);
        assertThat(ours.overall().hitAt5()).isGreaterThan(baseline.overall().hitAt5() + 0.05);
        assertThat(ours.overall().mrrAt10()).isGreaterThan(baseline.overall().mrrAt10() + 0.1);
    }
}
