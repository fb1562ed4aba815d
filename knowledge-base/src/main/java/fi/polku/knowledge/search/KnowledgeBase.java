package fi.polku.knowledge.search;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/** The service catalogue together with its in-memory Lucene index: free-text search and profile recommendation. */
public final class KnowledgeBase implements AutoCloseable {

    private final ServiceCatalogue catalogue;
    private final Analysis analysis;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final ServiceQueryBuilder queries;
    private final Snippets snippets;
    private final Recommender recommender;

    private KnowledgeBase(ServiceCatalogue catalogue) throws IOException {
        this.catalogue = catalogue;
        this.analysis = new Analysis();
        this.directory = new ServiceIndexer().index(catalogue, analysis);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        Set<String> municipalities = new HashSet<>();
        catalogue.all().forEach(s -> municipalities.addAll(s.municipalities()));
        this.queries = new ServiceQueryBuilder(analysis, reader, municipalities);
        this.snippets = new Snippets(searcher, analysis);
        this.recommender = new Recommender(catalogue, municipalities);
    }

    /** Builds the index of the catalogue; call again to rebuild after the catalogue changed. */
    public static KnowledgeBase build(ServiceCatalogue catalogue) {
        try {
            return new KnowledgeBase(catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the service index", e);
        }
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    /** Searches the catalogue; never throws on any text (a text that analyses to nothing gives no hits). */
    public SearchResults search(SearchRequest request) {
        Query query = queries.build(request);
        if (query == null || request.limit() < 1) {
            return new SearchResults(request.text(), List.of());
        }
        try {
            TopDocs top = searcher.search(query, Math.min(request.limit(), 200));
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                String id = searcher.storedFields().document(hit.doc).get(IndexField.ID);
                ServiceDescription service = catalogue.find(id).orElseThrow();
                var text = service.text(request.language());
                hits.add(new SearchHit(id, text.title(), snippets.snippet(request.text(), hit.doc, text), hit.score));
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

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            analysis.close();
        }
    }
}
