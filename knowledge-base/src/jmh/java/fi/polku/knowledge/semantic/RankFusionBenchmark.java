package fi.polku.knowledge.semantic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link RankFusion} against Lucene's {@code TopDocs.rrf} on the shapes a search fuses (a keyword ranking 50 deep, 20
 * nearest services, documents of a 20,000-service catalogue): the fusion's cost does not depend on the catalogue's
 * size, only on these depths.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RankFusionBenchmark {

    private final List<TopDocs> keyword = new ArrayList<>();
    private final List<List<Integer>> vector = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void rankings() {
        Random random = new Random(7);
        for (int i = 0; i < 64; i++) {
            Set<Integer> docs = new LinkedHashSet<>();
            while (docs.size() < 50) {
                docs.add(random.nextInt(20_000));
            }
            List<Integer> keywordDocs = List.copyOf(docs);
            ScoreDoc[] scoreDocs = new ScoreDoc[50];
            for (int r = 0; r < 50; r++) {
                scoreDocs[r] = new ScoreDoc(keywordDocs.get(r), 50 - r);
            }
            keyword.add(new TopDocs(new TotalHits(50, TotalHits.Relation.EQUAL_TO), scoreDocs));
            Set<Integer> nearest = new LinkedHashSet<>();
            while (nearest.size() < 20) {
                // about half of the nearest services are keyword hits too
                nearest.add(random.nextBoolean() ? keywordDocs.get(random.nextInt(50)) : random.nextInt(20_000));
            }
            vector.add(List.copyOf(nearest));
        }
    }

    @Benchmark
    public TopDocs rankFusion() {
        int i = next++ & 63;
        return RankFusion.fuse(keyword.get(i), vector.get(i), 10);
    }

    @Benchmark
    public TopDocs luceneRrf() {
        int i = next++ & 63;
        List<Integer> nearest = vector.get(i);
        ScoreDoc[] docs = new ScoreDoc[nearest.size()];
        for (int r = 0; r < docs.length; r++) {
            docs[r] = new ScoreDoc(nearest.get(r), docs.length - r);
        }
        TopDocs vectorTop = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        return TopDocs.rrf(10, RankFusion.K, new TopDocs[] {keyword.get(i), vectorTop});
    }
}
