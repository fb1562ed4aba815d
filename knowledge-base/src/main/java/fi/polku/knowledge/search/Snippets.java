package fi.polku.knowledge.search;

import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * everything else HTML-escaped; the summary when the description has no hit.
 */
final class Snippets {

    private final Analysis analysis;
    private final UnifiedHighlighter highlighter;

    Snippets(IndexSearcher searcher, Analysis analysis) {
        this.analysis = analysis;
        this.highlighter = UnifiedHighlighter.builder(searcher, analysis.index())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(10_000)
                .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT))
                .build();
    }

    String snippet(String text, int doc, ServiceText serviceText) {
        Language lang = serviceText.language();
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (WeightedTerm term : QueryTerms.analyse(analysis.query(lang), text)) {
            if (term.weight() > WeightedTerm.COMPOUND_PART) {
                for (IndexField field : new IndexField[] {IndexField.BODY, IndexField.SUMMARY}) {
                    terms.add(new TermQuery(new Term(field.name(lang), term.text())), Occur.SHOULD);
                }
            }
        }
        BooleanQuery query = terms.build();
        @Nullable String body = query.clauses().isEmpty() ? null : highlight(IndexField.BODY.name(lang), query, doc);
        if (body != null) {
            return body;
        }
        @Nullable
        String summary = query.clauses().isEmpty() ? null : highlight(IndexField.SUMMARY.name(lang), query, doc);
        return summary != null ? summary : escape(serviceText.summary());
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
