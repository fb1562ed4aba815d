package fi.polku.knowledge.search;

import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Lucene query of a search programmatically from analysed terms: the text is matched in every language,
 * each term in title, keywords, summary and description with their weights, the asked language slightly preferred;
 * a typed word the index does not know gets a low-weight fuzzy match (typo tolerance).
 */
final class ServiceQueryBuilder {

    static final float PREFERRED_LANGUAGE = 1.15f;
    static final float FUZZY = 0.3f;
    static final int FUZZY_MIN_LENGTH = 5;

    private final Analysis analysis;
    private final IndexReader reader;
    private final Predicate<String> knownMunicipality;

    ServiceQueryBuilder(Analysis analysis, IndexReader reader, Predicate<String> knownMunicipality) {
        this.analysis = analysis;
        this.reader = reader;
        this.knownMunicipality = knownMunicipality;
    }

    /** The query, or null when the text analyses to nothing. */
    @Nullable
    Query build(SearchRequest request) {
        List<Query> languages = new ArrayList<>();
        for (Language lang : Language.values()) {
            Query query = languageQuery(lang, QueryTerms.analyse(analysis.query(lang), request.text()));
            if (query != null) {
                languages.add(lang == request.language() ? new BoostQuery(query, PREFERRED_LANGUAGE) : query);
            }
        }
        if (languages.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new DisjunctionMaxQuery(languages, 0.3f), Occur.MUST);
        addFilters(query, request);
        return query.build();
    }

    private @Nullable Query languageQuery(Language lang, List<WeightedTerm> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (WeightedTerm term : terms) {
            List<Query> fields = new ArrayList<>();
            boolean known = false;
            for (IndexField field : IndexField.values()) {
                Term t = new Term(field.name(lang), term.text());
                known |= docFreq(t) > 0;
                fields.add(new BoostQuery(new TermQuery(t), field.boost()));
            }
            if (!known && term.typed() && term.text().length() >= FUZZY_MIN_LENGTH) {
                fields.add(fuzzy(lang, term.text()));
            }
            query.add(new BoostQuery(new DisjunctionMaxQuery(fields, 0.1f), term.weight()), Occur.SHOULD);
        }
        return query.build();
    }

    private Query fuzzy(Language lang, String text) {
        int edits = text.length() >= 8 ? 2 : 1;
        List<Query> fields = new ArrayList<>();
        for (IndexField field : List.of(IndexField.TITLE, IndexField.KEYWORDS)) {
            Term term = new Term(field.name(lang), text);
            fields.add(new BoostQuery(new FuzzyQuery(term, edits, 1, 20, true), field.boost()));
        }
        return new BoostQuery(new DisjunctionMaxQuery(fields, 0f), FUZZY);
    }

    private void addFilters(BooleanQuery.Builder query, SearchRequest request) {
        String municipality = request.municipality();
        if (municipality != null && knownMunicipality.test(municipality)) {
            query.add(
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(IndexField.MUNICIPALITY, municipality)), Occur.SHOULD)
                            .add(
                                    new TermQuery(new Term(IndexField.MUNICIPALITY, ServiceDescription.NATIONWIDE)),
                                    Occur.SHOULD)
                            .build(),
                    Occur.FILTER);
        }
        if (request.segment() != null) {
            query.add(
                    new TermQuery(new Term(IndexField.SEGMENT, request.segment().name())), Occur.FILTER);
        }
    }

    private int docFreq(Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
