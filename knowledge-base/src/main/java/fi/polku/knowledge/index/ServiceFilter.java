package fi.polku.knowledge.index;

import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.segmentation.Segment;
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
public final class ServiceFilter {

    private final Predicate<String> knownMunicipality;

    public ServiceFilter(Predicate<String> knownMunicipality) {
        this.knownMunicipality = knownMunicipality;
    }

    /** The filter of a search in the municipality and segment (either may be null), or null when it filters nothing. */
    @Nullable
    public Query of(@Nullable String municipality, @Nullable Segment segment) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
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
        if (segment != null) {
            filter.add(new TermQuery(new Term(IndexField.SEGMENT, segment.name())), Occur.FILTER);
            any = true;
        }
        return any ? filter.build() : null;
    }
}
