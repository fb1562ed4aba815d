package fi.polku.knowledge.search;

import fi.polku.knowledge.index.Analysis;
import fi.polku.knowledge.index.CustomPiece;
import fi.polku.knowledge.index.IndexField;
import fi.polku.knowledge.index.QueryTerms;
import fi.polku.knowledge.index.WeightedTerm;
import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
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
 * each term in title, keywords, summary and description with their weights (the best field counts, the others a
 * little), the words' scores add up over all languages, the asked language preferred; a typed word that neither it
 * nor a synonym of it is in any language's index gets a low-weight fuzzy match (typo tolerance).
 */
final class ServiceQueryBuilder {

    static final float PREFERRED_LANGUAGE = 1.15f;
    /**
     * The weight of a word's match in a language other than the asked one: the words of all languages add up, so a
     * text in the asked language that also shares words with other languages' texts does not win by the sum alone.
     */
    static final float OTHER_LANGUAGE = 0.6f;

    static final float FUZZY = 0.3f;
    static final int FUZZY_MIN_LENGTH = 5;
    /** Fuzzy clauses per query: three unknown words in each of the three languages. */
    static final int MAX_FUZZY_WORDS = 9;

    private final Analysis analysis;
    private final IndexReader reader;

    private final boolean typoQuery;

    ServiceQueryBuilder(Analysis analysis, IndexReader reader) {
        this(analysis, reader, EnumSet.allOf(CustomPiece.class));
    }

    /** A builder with only the given custom pieces; the others are Lucene's defaults (oracle tests, benchmarks). */
    ServiceQueryBuilder(Analysis analysis, IndexReader reader, Set<CustomPiece> pieces) {
        this.analysis = analysis;
        this.reader = reader;
        this.typoQuery = pieces.contains(CustomPiece.TYPO_QUERY);
    }

    /**
     * The text analysed in every language: one analysis per search, shared by the query and the snippets. Stop words
     * of any language are left out, unless the text has nothing else ("men" is Swedish for "but").
     */
    Map<Language, List<WeightedTerm>> analyse(String text) {
        Map<Language, List<WeightedTerm>> terms = analyse(text, analysis.functionWords());
        return terms.values().stream().allMatch(List::isEmpty) ? analyse(text, CharArraySet.EMPTY_SET) : terms;
    }

    private Map<Language, List<WeightedTerm>> analyse(String text, CharArraySet functionWords) {
        Map<Language, List<WeightedTerm>> terms = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            terms.put(lang, QueryTerms.analyse(analysis.query(lang), text, functionWords));
        }
        return terms;
    }

    /**
     * The query of the analysed text with the asked language preferred, restricted by the filter (if any); null when
     * the text analyses to nothing.
     */
    @Nullable
    Query build(Language asked, Map<Language, List<WeightedTerm>> terms, @Nullable Query filtering) {
        Map<Language, List<List<Query>>> fieldQueries = new EnumMap<>(Language.class);
        Set<Integer> knownWords = new HashSet<>();
        for (Language lang : Language.values()) {
            List<List<Query>> perTerm = new ArrayList<>();
            for (WeightedTerm term : terms.get(lang)) {
                List<Query> fields = new ArrayList<>();
                for (IndexField field : IndexField.values()) {
                    TermQuery known = known(field.name(lang), term.text());
                    // a field without the term adds nothing to the best-field score: leave it out
                    if (known != null) {
                        fields.add(new BoostQuery(known, field.boost()));
                        // the word is known when it or a synonym of it is: compound parts (and their synonyms) carry
                        // the word's offsets, so a known part ("työ") must not hide a misspelt compound ("työkokelu")
                        if (term.ofTheWord()) {
                            knownWords.add(term.start());
                        }
                    }
                }
                perTerm.add(fields);
            }
            fieldQueries.put(lang, perTerm);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        int fuzzyBudget = MAX_FUZZY_WORDS;
        for (Language lang : Language.values()) {
            float languageBoost = lang == asked ? PREFERRED_LANGUAGE : OTHER_LANGUAGE;
            List<WeightedTerm> analysed = terms.get(lang);
            for (int i = 0; i < analysed.size(); i++) {
                WeightedTerm term = analysed.get(i);
                float boost = term.weight() * languageBoost;
                List<Query> fields = fieldQueries.get(lang).get(i);
                // a typed word no language's index knows is probably misspelled: match it loosely, a few words at most
                if (term.typed()
                        && term.text().length() >= FUZZY_MIN_LENGTH
                        && !knownWords.contains(term.start())
                        && fuzzyBudget > 0) {
                    fields.add(fuzzy(lang, term.text()));
                    fuzzyBudget--;
                }
                if (fields.isEmpty()) {
                    continue;
                }
                // one flat disjunction of per-word clauses: Lucene skips documents that cannot reach the top (block-max
                // MaxScore), which a disjunction over languages with a tie-breaker did not allow
                query.add(new BoostQuery(new DisjunctionMaxQuery(fields, 0.1f), boost), Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        if (filtering != null) {
            query.add(filtering, Occur.FILTER);
            query.setMinimumNumberShouldMatch(1);
        }
        return query.build();
    }

    private Query fuzzy(Language lang, String text) {
        int edits = text.length() >= 8 ? 2 : 1;
        List<Query> fields = new ArrayList<>();
        for (IndexField field : List.of(IndexField.TITLE, IndexField.KEYWORDS)) {
            Term term = new Term(field.name(lang), text);
            Query loose = typoQuery ? new TypoQuery(term, edits, 1, 20) : new FuzzyQuery(term, edits, 1, 20, true);
            fields.add(new BoostQuery(loose, field.boost()));
        }
        return new BoostQuery(new DisjunctionMaxQuery(fields, 0f), FUZZY);
    }

    /**
     * The term query when some document has the term, else null (the field is left out). A custom lookup that kept
     * one terms enumeration per field and reused its statistics gained about 10% at p50 and nothing clear at p99 on
     * 20,000 realistic services, so it was removed (module README).
     */
    private @Nullable TermQuery known(String field, String text) {
        Term term = new Term(field, text);
        try {
            return reader.docFreq(term) > 0 ? new TermQuery(term) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
