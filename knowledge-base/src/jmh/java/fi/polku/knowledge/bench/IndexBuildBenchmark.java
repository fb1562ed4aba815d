package fi.polku.knowledge.bench;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.search.KnowledgeBase;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Time to load and validate the bundled service files and build their index (what start-up and a reload do). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {

    @Benchmark
    public int loadAndBuildBundled() {
        try (KnowledgeBase kb = KnowledgeBase.build(ServiceCatalogue.loadBundled())) {
            return kb.catalogue().all().size();
        }
    }
}
