package fi.polku.knowledge.search;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.knowledge.index.Analysis;
import fi.polku.knowledge.index.CustomPiece;
import fi.polku.knowledge.index.ServiceFilter;
import fi.polku.knowledge.index.ServiceIndexer;
import fi.polku.knowledge.index.WeightedTerm;
import fi.polku.knowledge.recommendation.ProfileQuery;
import fi.polku.knowledge.recommendation.Recommendation;
import fi.polku.knowledge.recommendation.Recommender;
import fi.polku.knowledge.semantic.QueryEmbedder;
import fi.polku.knowledge.semantic.SemanticRecall;
import fi.polku.knowledge.snippets.Snippets;
import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/** The service catalogue together with its in-memory Lucene index: free-text search and profile recommendation. */
public final class KnowledgeBase implements AutoCloseable {

    private final ServiceCatalogue catalogue;
    private final Analysis analysis;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final ServiceQueryBuilder queries;
    private final ServiceFilter filter;
    private final Snippets snippets;
    private final Recommender recommender;
    private final @Nullable SemanticRecall semanticRecall;

    private KnowledgeBase(
            ServiceCatalogue catalogue,
            Predicate<String> knownMunicipality,
            Optional<QueryEmbedder> embedder,
            Set<CustomPiece> pieces)
            throws IOException {
        this.catalogue = catalogue;
        this.analysis = new Analysis();
        boolean storeTexts = !pieces.contains(CustomPiece.IN_MEMORY_TEXTS);
        ServiceIndexer.Indexed indexed = new ServiceIndexer().index(catalogue, analysis, storeTexts);
        this.directory = indexed.directory();
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.queries = new ServiceQueryBuilder(analysis, reader, pieces);
        this.filter = new ServiceFilter(knownMunicipality);
        this.snippets = new Snippets(searcher, analysis, indexed.highlightTexts(), pieces);
        this.recommender = new Recommender(catalogue, knownMunicipality);
        this.semanticRecall =
                embedder.flatMap(e -> SemanticRecall.build(catalogue, e)).orElse(null);
    }

    /**
     * Builds the index of the catalogue; call again to rebuild after the catalogue changed. A municipality counts as
     * known (and filters) when some service names it, in its municipalities or its local channels.
     */
    public static KnowledgeBase build(ServiceCatalogue catalogue) {
        return build(catalogue, Optional.empty());
    }

    /**
     * Builds the index with optional semantic recall (see below); a municipality counts as known (and filters) when
     * some service names it, in its municipalities or its local channels.
     */
    public static KnowledgeBase build(ServiceCatalogue catalogue, Optional<QueryEmbedder> embedder) {
        Set<String> named = new HashSet<>();
        catalogue.all().forEach(s -> {
            named.addAll(s.municipalities());
            s.local().forEach(l -> named.add(l.municipality()));
        });
        return build(catalogue, named::contains, embedder);
    }

    /**
     * Builds the index; {@code knownMunicipality} tells which slugs filter (e.g. the rule book's municipalities): an
     * unknown one means no filter, a known one keeps nationwide services and those offered there.
     */
    public static KnowledgeBase build(ServiceCatalogue catalogue, Predicate<String> knownMunicipality) {
        return build(catalogue, knownMunicipality, Optional.empty());
    }

    /**
     * Builds the index with optional semantic recall: with an embedder, service texts are embedded too and each
     * search fuses the keyword ranking with the nearest services by embedding (see the module README). A failing
     * embedder never fails the build or a search; they fall back to keyword ranking.
     */
    public static KnowledgeBase build(
            ServiceCatalogue catalogue, Predicate<String> knownMunicipality, Optional<QueryEmbedder> embedder) {
        return build(catalogue, knownMunicipality, embedder, EnumSet.allOf(CustomPiece.class));
    }

    /**
     * Builds the index with only the given custom pieces, the others replaced by Lucene's defaults: for the oracle tests
     * and benchmarks that prove each piece changes no result and measure what it gains. Production uses all.
     */
    public static KnowledgeBase build(
            ServiceCatalogue catalogue,
            Predicate<String> knownMunicipality,
            Optional<QueryEmbedder> embedder,
            Set<CustomPiece> pieces) {
        try {
            return new KnowledgeBase(catalogue, knownMunicipality, embedder, pieces);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the service index", e);
        }
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    /** Searches the catalogue; never throws on any text (a text that analyses to nothing gives no hits). */
    public SearchResults search(SearchRequest request) {
        Map<Language, List<WeightedTerm>> terms = queries.analyse(request.text());
        Query filtering = filter.of(request.municipality(), request.segment(), request.age());
        Query query = queries.build(request.language(), terms, filtering);
        if (query == null || request.limit() < 1) {
            return new SearchResults(request.text(), List.of());
        }
        try {
            // counting hits exactly is not needed: scoring may skip documents that cannot reach the top
            int wanted = semanticRecall == null
                    ? Math.min(request.limit(), 200)
                    : SemanticRecall.keywordDepth(request.limit());
            TopDocs keywordTop = searcher.search(query, new TopScoreDocCollectorManager(wanted, wanted));
            TopDocs top = semanticRecall == null
                    ? keywordTop
                    : semanticRecall.fuse(keywordTop, request.text(), request.limit(), filtering);
            int[] docs = new int[top.scoreDocs.length];
            List<ServiceText> texts = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
                // one segment written in catalogue order: the document number is the catalogue position
                texts.add(catalogue.all().get(docs[i]).text(request.language()));
            }
            List<String> snippetTexts = snippets.snippets(docs, texts, terms);
            List<SearchHit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                String id = catalogue.all().get(docs[i]).id();
                hits.add(new SearchHit(id, texts.get(i).title(), snippetTexts.get(i), top.scoreDocs[i].score));
            }
            return new SearchResults(request.text(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Recommends services for a screening profile; in a crisis {@code kriisiapu} comes first. */
    public List<Recommendation> recommend(ProfileQuery query, int limit) {
        return recommender.recommend(query, limit);
    }

    /**
     * The same recommendations in every language, ranked once ({@code query.language()} is ignored): a screening
     * stores all three so that its result renders later in any language as it was decided.
     */
    public Map<Language, List<Recommendation>> recommendInEveryLanguage(ProfileQuery query, int limit) {
        return recommender.recommendInEveryLanguage(query, limit);
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            analysis.close();
            if (semanticRecall != null) {
                semanticRecall.close();
            }
        }
    }
}
