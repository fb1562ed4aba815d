package fi.polku.assistant.services;

import fi.polku.knowledge.search.SearchHit;
import fi.polku.knowledge.search.SearchResults;
import java.util.List;

/** The JSON of a service search: the query and the hits, best first. */
record SearchResponse(String query, List<Result> results) {

    static SearchResponse of(SearchResults results) {
        return new SearchResponse(
                results.query(), results.hits().stream().map(Result::of).toList());
    }

    /** One found service with its highlighted snippet. */
    record Result(String id, String title, String snippet, double score) {

        static Result of(SearchHit hit) {
            return new Result(hit.id(), hit.title(), hit.snippet(), hit.score());
        }
    }
}
