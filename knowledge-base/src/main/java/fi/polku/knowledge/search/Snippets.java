package fi.polku.knowledge.search;

import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * Makes a result's snippet: the description of the result language with the query's words wrapped in {@code <mark>},
 * everything else HTML-escaped; the summary when the description has no hit. Offsets come from the postings.
 */
final class Snippets {

    private final Analysis analysis;
    private final UnifiedHighlighter highlighter;

    Snippets(IndexSearcher searcher, Analysis analysis) {
        this.analysis = analysis;
        this.highlighter = UnifiedHighlighter.builder(searcher, analysis.index())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .build();
    }

    /**
     * The snippet of one hit; {@code cache} holds the highlight query per result language for one search, so the
     * text is analysed once per language, not once per hit.
     */
    String snippet(int doc, ServiceText text, Map<Language, BooleanQuery> cache, String queryText) {
        Language lang = text.language();
        BooleanQuery query = cache.computeIfAbsent(lang, l -> highlightQuery(l, queryText));
        if (!query.clauses().isEmpty()) {
            for (IndexField field : new IndexField[] {IndexField.BODY, IndexField.SUMMARY}) {
                String passage = highlight(field.name(lang), query, doc);
                if (passage != null) {
                    return passage;
                }
            }
        }
        return escape(text.summary());
    }

    /** Typed words and synonyms of the result language; compound parts would mark too much. */
    private BooleanQuery highlightQuery(Language lang, String queryText) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (WeightedTerm term : QueryTerms.analyse(analysis.query(lang), queryText)) {
            if (term.weight() > WeightedTerm.COMPOUND_PART) {
                for (IndexField field : new IndexField[] {IndexField.BODY, IndexField.SUMMARY}) {
                    terms.add(new TermQuery(new Term(field.name(lang), term.text())), Occur.SHOULD);
                }
            }
        }
        return terms.build();
    }

    private @Nullable String highlight(String field, BooleanQuery query, int doc) {
        try {
            String[] passages = highlighter
                    .highlightFields(new String[] {field}, query, new int[] {doc}, new int[] {1})
                    .get(field);
            @Nullable String passage = passages == null ? null : passages[0];
            return passage == null || !passage.contains("<mark>") ? null : passage.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
