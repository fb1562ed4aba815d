package fi.polku.knowledge.bench;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.index.CustomPiece;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.knowledge.search.SearchRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The custom pieces measured A/B on one loaded machine: the production search, the search with one piece switched back
 * to Lucene, and the plain Lucene baseline take turns query by query in one JVM (the order rotating), so a burst of load
 * from other processes hits all three alike; JMH runs them in separate forks minutes apart, and on this shared 2-core
 * machine the load changes more between forks than the pieces do. Prints p50, p99 and p99.9 per variant.
 *
 * <p>Run: {@code java -Xms2g -Xmx2g -cp <test classpath> fi.polku.knowledge.bench.InterleavedComparison [rounds]
 * [PIECE...]}
 */
public final class InterleavedComparison {

    private InterleavedComparison() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        List<CustomPiece> pieces = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            pieces.add(CustomPiece.valueOf(args[i]));
        }
        if (pieces.isEmpty()) {
            pieces.addAll(EnumSet.allOf(CustomPiece.class));
        }
        ServiceCatalogue services = RealisticCatalogue.of(ServiceCatalogue.loadBundled(), 20_000, 7);
        Set<String> named = new HashSet<>();
        services.all().forEach(s -> named.addAll(s.municipalities()));
        try (KnowledgeBase polku = KnowledgeBase.build(services, named::contains);
                PlainLuceneSearch baseline = new PlainLuceneSearch(services)) {
            for (CustomPiece piece : pieces) {
                EnumSet<CustomPiece> without = EnumSet.allOf(CustomPiece.class);
                without.remove(piece);
                try (KnowledgeBase library =
                        KnowledgeBase.build(services, named::contains, Optional.empty(), without)) {
                    compare(piece, rounds, polku, library, baseline);
                }
            }
        }
    }

    private static void compare(
            CustomPiece piece, int rounds, KnowledgeBase polku, KnowledgeBase library, PlainLuceneSearch baseline) {
        List<SearchRequest> queries = SearchBenchmark.QUERIES;
        long[][] nanos = new long[3][rounds];
        long sink = 0;
        for (int warm = 0; warm < rounds / 4; warm++) {
            SearchRequest request = queries.get(warm % queries.size());
            sink += polku.search(request).hits().size() + library.search(request).hits().size();
            sink += baseline.search(request.text(), request.limit()).size();
        }
        for (int round = 0; round < rounds; round++) {
            SearchRequest request = queries.get(round % queries.size());
            for (int turn = 0; turn < 3; turn++) {
                int variant = (round + turn) % 3;
                long start = System.nanoTime();
                sink += switch (variant) {
                    case 0 -> polku.search(request).hits().size();
                    case 1 -> library.search(request).hits().size();
                    default -> baseline.search(request.text(), request.limit()).size();
                };
                nanos[variant][round] = System.nanoTime() - start;
            }
        }
        String[] names = {"polku", "without-" + piece, "baseline"};
        double[][] percentiles = new double[3][];
        for (int v = 0; v < 3; v++) {
            percentiles[v] = percentiles(nanos[v]);
            System.out.printf(
                    Locale.ROOT,
                    "%-26s p50 %7.3f ms  p99 %7.3f ms  p99.9 %7.3f ms%n",
                    names[v],
                    percentiles[v][0],
                    percentiles[v][1],
                    percentiles[v][2]);
        }
        System.out.printf(
                Locale.ROOT,
                "%-26s p50 %.2f  p99 %.2f  (without / with)%n%-26s p50 %.2f  p99 %.2f  (polku / baseline)   [%d]%n",
                piece,
                percentiles[1][0] / percentiles[0][0],
                percentiles[1][1] / percentiles[0][1],
                "",
                percentiles[0][0] / percentiles[2][0],
                percentiles[0][1] / percentiles[2][1],
                sink % 10);
    }

    private static double[] percentiles(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new double[] {at(sorted, 0.50), at(sorted, 0.99), at(sorted, 0.999)};
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
