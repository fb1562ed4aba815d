package fi.polku.knowledge.search;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import java.util.List;

/** The service catalogue together with its in-memory Lucene index: free-text search and profile recommendation. */
public final class KnowledgeBase implements AutoCloseable {

    private final ServiceCatalogue catalogue;

    private KnowledgeBase(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Builds the index of the catalogue; call again to rebuild after the catalogue changed. */
    public static KnowledgeBase build(ServiceCatalogue catalogue) {
        return new KnowledgeBase(catalogue);
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    /** Searches the catalogue; never throws on any text. */
    public SearchResults search(SearchRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Recommends services for a screening profile; in a crisis {@code kriisiapu} comes first. */
    public List<Recommendation> recommend(ProfileQuery query, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {}
}
