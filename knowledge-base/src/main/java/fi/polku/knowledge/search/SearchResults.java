package fi.polku.knowledge.search;

import java.util.List;

/** The hits of a search, best first, with the query as given. */
public record SearchResults(String query, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
