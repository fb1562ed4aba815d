package fi.polku.knowledge.bench;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.index.CustomPiece;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.knowledge.search.SearchRequest;
import fi.polku.segmentation.Language;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.jspecify.annotations.Nullable;

/**
 * Latency of one search (analysis, query building, scoring and snippets), sampled for percentiles, on the bundled
 * catalogue and on a generated one of 20,000 services; the queries rotate so every sample is a different query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// a fixed production-like heap, so collections do not depend on the machine's default sizing
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SearchBenchmark {

    /** Typical resident queries: Finnish (colloquial, inflected, a compound, one misspelled), Swedish and English. */
    static final List<SearchRequest> QUERIES = List.of(
            SearchRequest.of("haluaisin kokeilla jotain uutta työtä", Language.FI, 10),
            SearchRequest.of("velat kasvaa ja ulosotto uhkaa", Language.FI, 10),
            SearchRequest.of("tyokokeilu", Language.FI, 10),
            SearchRequest.of("masennus ja ahdistus vaikeuttaa arkea", Language.FI, 10),
            SearchRequest.of("mielenterveyspalveluihin jonottaminen", Language.FI, 10),
            SearchRequest.of("skuldrådgivning", Language.SV, 10),
            SearchRequest.of("jag dricker för mycket", Language.SV, 10),
            SearchRequest.of("har ingen knäck och pengarna räcker inte", Language.SV, 10),
            SearchRequest.of("pay subsidy for the employer", Language.EN, 10),
            SearchRequest.of("I feel lonely and have nothing to do", Language.EN, 10),
            SearchRequest.of("työkyvyttömyyseläkeen hakeminen", Language.FI, 10),
            SearchRequest.of("alle 30 vuotias ei tiedä mitä tekis", Language.FI, 10));

    /**
     * {@code bundled}: the 46 bundled services; {@code 20000-worst}: 20,000 near-identical variants of them (about 435
     * copies of each, the declared worst case for skipping); {@code 20000-realistic}: 20,000 services shaped like a
     * national catalogue, 10% work-ability services with local variation and the rest other municipal domains.
     */
    @Param({"bundled", "20000-worst", "20000-realistic"})
    public String catalogue;

    /**
     * {@code polku}: the production search; {@code without-<piece>}: the same with one custom piece replaced by the
     * Lucene piece it re-implements ({@link CustomPiece}); {@code baseline}: plain Lucene ({@link PlainLuceneSearch}),
     * the yardstick that Polku's figures are reported against as a ratio.
     */
    @Param({
        "polku",
        "baseline",
        "without-TYPO_QUERY",
        "without-PASSAGE_SCORES",
        "without-IN_MEMORY_TEXTS"
    })
    public String variant;

    private @Nullable KnowledgeBase kb;
    private @Nullable PlainLuceneSearch baseline;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        ServiceCatalogue bundled = ServiceCatalogue.loadBundled();
        ServiceCatalogue services =
                switch (catalogue) {
                    case "bundled" -> bundled;
                    case "20000-worst" -> SyntheticCatalogue.of(bundled, 20_000, 7);
                    case "20000-realistic" -> RealisticCatalogue.of(bundled, 20_000, 7);
                    default -> throw new IllegalArgumentException("unknown catalogue " + catalogue);
                };
        if (variant.equals("baseline")) {
            baseline = new PlainLuceneSearch(services);
            return;
        }
        Set<CustomPiece> pieces = EnumSet.allOf(CustomPiece.class);
        if (variant.startsWith("without-")) {
            pieces.remove(CustomPiece.valueOf(variant.substring("without-".length())));
        } else if (!variant.equals("polku")) {
            throw new IllegalArgumentException("unknown variant " + variant);
        }
        Set<String> named = new HashSet<>();
        services.all().forEach(s -> named.addAll(s.municipalities()));
        kb = KnowledgeBase.build(services, named::contains, Optional.empty(), pieces);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (kb != null) {
            kb.close();
        }
        if (baseline != null) {
            baseline.close();
        }
    }

    @Benchmark
    public Object search() {
        SearchRequest request = QUERIES.get(next++ % QUERIES.size());
        return kb != null ? kb.search(request) : baseline.search(request.text(), request.limit());
    }
}
