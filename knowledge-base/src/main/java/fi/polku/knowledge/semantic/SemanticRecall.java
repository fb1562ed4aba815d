package fi.polku.knowledge.semantic;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional semantic recall: each service text (title, summary and keywords, per language) embedded into a
 * {@link KnnFloatVectorField} of its own in-memory index; a query is embedded once and its nearest services, under
 * the same municipality and segment filter, are fused with the keyword ranking by Lucene's reciprocal rank fusion
 * ({@link TopDocs#rrf}). A failing embedder never fails a search: that search is ranked by keywords only.
 */
public final class SemanticRecall implements AutoCloseable {

    /**
     * The rank constant of reciprocal rank fusion, the usual value from Cormack et al. (2009): a service scores
     * {@code 1 / (RRF_K + rank)} in each ranking it is in (rank from 1), summed; it damps the weight of the first ranks.
     */
    static final int RRF_K = 60;

    /** Nearest services taken from the vector index per search. */
    static final int NEAREST = 20;
    /** How deep the keyword ranking goes into the fusion at least, so a hit just below the limit can still rise. */
    private static final int KEYWORD_DEPTH = 50;
    /** The most hits a search returns, as on the keyword path. */
    private static final int MAX_HITS = 200;

    /** After a failed query embedding, searches skip the model this long, so a model that is down costs one timeout. */
    static final long PAUSE_NANOS = 30_000_000_000L;

    private static final Logger log = LoggerFactory.getLogger(SemanticRecall.class);

    private final QueryEmbedder embedder;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int dimension;
    private final LongSupplier nanoTime;
    private final AtomicBoolean available = new AtomicBoolean(true);
    private volatile long pausedUntil;

    private SemanticRecall(QueryEmbedder embedder, Directory directory, int dimension, LongSupplier nanoTime)
            throws IOException {
        this.nanoTime = nanoTime;
        this.embedder = embedder;
        this.directory = directory;
        this.dimension = dimension;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * Embeds the catalogue's texts; empty (keyword search only) when the embedder fails or gives no usable vector, so
     * a model that is down at build time never stops the index from being built.
     */
    public static Optional<SemanticRecall> build(ServiceCatalogue catalogue, QueryEmbedder embedder) {
        return build(catalogue, embedder, System::nanoTime);
    }

    static Optional<SemanticRecall> build(ServiceCatalogue catalogue, QueryEmbedder embedder, LongSupplier nanoTime) {
        try {
            Optional<VectorIndexer.Indexed> indexed = new VectorIndexer().index(catalogue, embedder);
            if (indexed.isEmpty()) {
                log.warn("Semantic recall is off: the embedding model gave no usable vectors");
                return Optional.empty();
            }
            log.info(
                    "Semantic recall is on: {} service texts embedded",
                    indexed.get().texts());
            return Optional.of(new SemanticRecall(
                    embedder, indexed.get().directory(), indexed.get().dimension(), nanoTime));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the vector index", e);
        } catch (RuntimeException e) {
            // the model is down or answered nonsense: keyword search still works, and a rebuild tries again
            log.warn(
                    "Semantic recall is off: embedding the service texts failed ({})",
                    e.getClass().getName());
            return Optional.empty();
        }
    }

    /**
     * The keyword ranking fused with the services nearest to the query, cut to the request's limit; the keyword
     * ranking alone when the query cannot be embedded now. Equal fused scores come in catalogue order (Lucene's
     * {@code rrf} breaks ties by document number, pinned by {@code RrfTieBreakTests}).
     */
    public TopDocs fuse(TopDocs keyword, String text, int limit, @Nullable Query filter) {
        limit = Math.min(limit, MAX_HITS);
        List<Integer> nearest = nearest(text, filter);
        if (nearest.isEmpty()) {
            ScoreDoc[] top = Arrays.copyOf(keyword.scoreDocs, Math.min(limit, keyword.scoreDocs.length));
            return new TopDocs(keyword.totalHits, top);
        }
        ScoreDoc[] vector = new ScoreDoc[nearest.size()];
        for (int rank = 0; rank < vector.length; rank++) {
            // rrf reads only the order; the score just keeps the array sorted as a ranking would be
            vector[rank] = new ScoreDoc(nearest.get(rank), vector.length - rank);
        }
        TopDocs vectorTop = new TopDocs(new TotalHits(vector.length, TotalHits.Relation.EQUAL_TO), vector);
        return TopDocs.rrf(limit, RRF_K, new TopDocs[] {keyword, vectorTop});
    }

    /** How many keyword hits to fetch for {@link #fuse}. */
    public static int keywordDepth(int limit) {
        return Math.min(MAX_HITS, Math.max(limit, KEYWORD_DEPTH));
    }

    /** Catalogue positions of the nearest services, best first, with a positive cosine similarity. */
    List<Integer> nearest(String text, @Nullable Query filter) {
        if (!available.get() && nanoTime.getAsLong() - pausedUntil < 0) {
            return List.of();
        }
        float[] query;
        try {
            query = embedder.embed(VectorIndexer.cut(text));
            if (query.length != dimension) {
                throw new IllegalStateException("the embedder changed its dimension");
            }
            if (!VectorIndexer.nonZeroAndFinite(query)) {
                return List.of(); // a text the model sees nothing in: the keyword ranking alone
            }
            // a service has a document per language: ask for enough to find NEAREST distinct services
            TopDocs top = searcher.search(
                    new KnnFloatVectorQuery(VectorIndexer.VECTOR, query, NEAREST * 3, filter), NEAREST * 3);
            Set<Integer> services = new LinkedHashSet<>();
            for (ScoreDoc doc : top.scoreDocs) {
                // Lucene's cosine score is (1 + cos) / 2: above one half means pointing the same way at all
                if (doc.score > 0.5f && services.size() < NEAREST) {
                    services.add(reader.storedFields()
                            .document(doc.doc)
                            .getField(VectorIndexer.POSITION)
                            .numericValue()
                            .intValue());
                }
            }
            if (!available.getAndSet(true)) {
                log.info("Semantic recall is available again");
            }
            return List.copyOf(services);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // never the query text or the exception message (it may quote the request): no personal data in logs
            pausedUntil = nanoTime.getAsLong() + PAUSE_NANOS;
            if (available.getAndSet(false)) {
                log.warn(
                        "Semantic recall failed, searches use keyword ranking only until it works again ({})",
                        e.getClass().getName());
            }
            return List.of();
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
