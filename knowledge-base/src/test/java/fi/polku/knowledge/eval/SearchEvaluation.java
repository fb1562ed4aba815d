package fi.polku.knowledge.eval;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.knowledge.search.SearchHit;
import fi.polku.knowledge.search.SearchRequest;
import fi.polku.segmentation.Language;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs query files through the real search and the baseline and prints hit@5 and MRR@10 per language, side by side.
 * Usage: {@code SearchEvaluation [--misses] <file.tsv>...} (see the module README for the Maven command).
 */
public final class SearchEvaluation {

    private SearchEvaluation() {}

    public static EvalReport polku(KnowledgeBase kb, List<EvalQuery> queries) {
        return EvalReport.of(
                queries,
                (text, lang) -> kb.search(SearchRequest.of(text, lang, 10)).hits().stream()
                        .map(SearchHit::id)
                        .toList());
    }

    public static EvalReport baseline(BaselineSearch baseline, List<EvalQuery> queries) {
        return EvalReport.of(queries, (text, lang) -> baseline.search(text, 10));
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        ServiceCatalogue catalogue = ServiceCatalogue.loadBundled();
        boolean misses = List.of(args).contains("--misses");
        List<String> files = EvalFiles.resolve(args);
        try (KnowledgeBase kb = KnowledgeBase.build(catalogue)) {
            BaselineSearch baseline = new BaselineSearch(catalogue);
            for (String arg : files) {
                List<EvalQuery> queries = EvalQuery.read(Path.of(arg));
                EvalReport ours = polku(kb, queries);
                EvalReport base = baseline(baseline, queries);
                out.printf(
                        "%s (%d queries, %d services)%n",
                        arg, queries.size(), catalogue.all().size());
                out.printf("  %-8s %5s  %14s  %14s%n", "lang", "n", "hit@5 pol/base", "MRR@10 pol/base");
                for (Language lang : Language.values()) {
                    if (ours.byLanguage().containsKey(lang)) {
                        row(
                                out,
                                lang.tag(),
                                ours.byLanguage().get(lang),
                                base.byLanguage().get(lang));
                    }
                }
                row(out, "overall", ours.overall(), base.overall());
                if (misses) {
                    ours.misses().forEach(m -> out.println("  miss " + m));
                }
            }
        }
    }

    private static void row(PrintStream out, String label, EvalReport.Score ours, EvalReport.Score base) {
        out.printf(
                "  %-8s %5d  %.3f / %.3f   %.3f / %.3f%n",
                label, ours.queries(), ours.hitAt5(), base.hitAt5(), ours.mrrAt10(), base.mrrAt10());
    }
}
