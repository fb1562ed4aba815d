package fi.polku.knowledge.search;

import fi.polku.knowledge.catalogue.ServiceDescription;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The municipality and segment filter of a search as a Lucene query over the {@link IndexField#MUNICIPALITY} and
 * {@link IndexField#SEGMENT} fields: a known municipality keeps nationwide services and those offered there, an
 * unknown one filters nothing; a segment keeps services tagged with it. Shared by the keyword query and semantic recall.
 */
final class ServiceFilter {

    private final Predicate<String> knownMunicipality;

    ServiceFilter(Predicate<String> knownMunicipality) {
        this.knownMunicipality = knownMunicipality;
    }

    /** The filter of the request, or null when it filters nothing. */
    @Nullable
    Query of(SearchRequest request) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        String municipality = request.municipality();
        if (municipality != null && knownMunicipality.test(municipality)) {
            filter.add(
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(IndexField.MUNICIPALITY, municipality)), Occur.SHOULD)
                            .add(
                                    new TermQuery(new Term(IndexField.MUNICIPALITY, ServiceDescription.NATIONWIDE)),
                                    Occur.SHOULD)
                            .build(),
                    Occur.FILTER);
            any = true;
        }
        if (request.segment() != null) {
            filter.add(
                    new TermQuery(new Term(IndexField.SEGMENT, request.segment().name())), Occur.FILTER);
            any = true;
        }
        return any ? filter.build() : null;
    }
}
