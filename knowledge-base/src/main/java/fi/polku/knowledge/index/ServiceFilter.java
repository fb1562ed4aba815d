package fi.polku.knowledge.index;

import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.segmentation.Segment;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The municipality, segment and age filter of a search as a Lucene query over the {@link IndexField#MUNICIPALITY},
 * {@link IndexField#SEGMENT} and age fields: a known municipality keeps nationwide services and those offered there, an
 * unknown one filters nothing; a segment keeps services tagged with it; an age keeps services whose age range holds
 * it. Shared by the keyword query and semantic recall, whose indexers both call {@link #index}.
 */
public final class ServiceFilter {

    private final Predicate<String> knownMunicipality;

    public ServiceFilter(Predicate<String> knownMunicipality) {
        this.knownMunicipality = knownMunicipality;
    }

    /** Adds the fields this filter reads to a service's document. */
    public static void index(Document doc, ServiceDescription service) {
        for (String municipality : service.municipalities()) {
            doc.add(new StringField(IndexField.MUNICIPALITY, municipality, Field.Store.NO));
        }
        for (Segment segment : service.segments()) {
            doc.add(new StringField(IndexField.SEGMENT, segment.name(), Field.Store.NO));
        }
        Integer minAge = service.eligibility().minAge();
        Integer maxAge = service.eligibility().maxAge();
        doc.add(new IntPoint(IndexField.MIN_AGE, minAge == null ? 0 : minAge));
        doc.add(new IntPoint(IndexField.MAX_AGE, maxAge == null ? Integer.MAX_VALUE : maxAge));
    }

    /** The filter of a search in the municipality, segment and age (any may be null), or null when it filters nothing. */
    @Nullable
    public Query of(@Nullable String municipality, @Nullable Segment segment, @Nullable Integer age) {
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
        if (age != null) {
            filter.add(IntPoint.newRangeQuery(IndexField.MIN_AGE, Integer.MIN_VALUE, age), Occur.FILTER);
            filter.add(IntPoint.newRangeQuery(IndexField.MAX_AGE, age, Integer.MAX_VALUE), Occur.FILTER);
            any = true;
        }
        return any ? filter.build() : null;
    }
}
