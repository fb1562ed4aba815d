package fi.polku.knowledge.snippets;

import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.knowledge.index.Analysis;
import fi.polku.knowledge.index.CustomPiece;
import fi.polku.knowledge.index.IndexField;
import fi.polku.knowledge.index.WeightedTerm;
import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
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
public final class Snippets {

    private final UnifiedHighlighter highlighter;

    public Snippets(IndexSearcher searcher, Analysis analysis, List<Map<String, String>> texts) {
        this(searcher, analysis, texts, EnumSet.allOf(CustomPiece.class));
    }

    /**
     * Snippets with only the given custom pieces; the others are Lucene's defaults (oracle tests and benchmarks). Without
     * {@link CustomPiece#IN_MEMORY_TEXTS} the index must store the texts.
     */
    public Snippets(
            IndexSearcher searcher, Analysis analysis, List<Map<String, String>> texts, Set<CustomPiece> pieces) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analysis.index())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                // offsets term by term from the postings: matching the whole query per document (weight
                // matches) rebuilt its weight and looked up every term again for each hit
                .withWeightMatches(false);
        if (pieces.contains(CustomPiece.PASSAGE_SCORES)) {
            builder.withScorer(new PassageScores());
        }
        this.highlighter = pieces.contains(CustomPiece.IN_MEMORY_TEXTS)
                ? new InMemoryTextHighlighter(builder, texts)
                : builder.build();
    }

    /**
     * The snippets of a search's hits: the descriptions of the hits' text languages first, then the summaries of the
     * hits whose description has none of the words.
     */
    public List<String> snippets(int[] docs, List<ServiceText> texts, Map<Language, List<WeightedTerm>> queryTerms) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        texts.forEach(t -> languages.add(t.language()));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Language lang : languages) {
            addTerms(query, queryTerms.getOrDefault(lang, List.of()), lang);
        }
        BooleanQuery terms = query.build();
        String[] snippets = new String[docs.length];
        mark(snippets, IndexField.BODY, terms, docs, texts, languages);
        mark(snippets, IndexField.SUMMARY, terms, docs, texts, languages);
        List<String> result = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            result.add(snippets[i] != null ? snippets[i] : escape(texts.get(i).summary()));
        }
        return result;
    }

    /** Fills the snippets still missing from {@code field}, where it has a hit. */
    private void mark(
            @Nullable String[] snippets,
            IndexField field,
            BooleanQuery terms,
            int[] docs,
            List<ServiceText> texts,
            Set<Language> languages) {
        int[] missing =
                IntStream.range(0, docs.length).filter(i -> snippets[i] == null).toArray();
        if (missing.length == 0) {
            return;
        }
        int[] missingDocs = Arrays.stream(missing).map(i -> docs[i]).toArray();
        List<String> fields = languages.stream().map(field::name).toList();
        Map<String, String[]> passages = highlight(fields, terms, missingDocs);
        for (int j = 0; j < missing.length; j++) {
            snippets[missing[j]] =
                    marked(passages, field.name(texts.get(missing[j]).language()), j);
        }
    }

    private static @Nullable String marked(Map<String, String[]> passages, String field, int i) {
        String[] values = passages.get(field);
        @Nullable String passage = values == null ? null : values[i];
        return passage == null || !passage.contains("<mark>") ? null : passage.strip();
    }

    /** Typed words and synonyms of the result language; compound parts would mark too much. */
    private static void addTerms(BooleanQuery.Builder terms, List<WeightedTerm> queryTerms, Language lang) {
        for (WeightedTerm term : queryTerms) {
            if (term.weight() > WeightedTerm.COMPOUND_PART) {
                for (IndexField field : new IndexField[] {IndexField.BODY, IndexField.SUMMARY}) {
                    terms.add(new TermQuery(new Term(field.name(lang), term.text())), Occur.SHOULD);
                }
            }
        }
    }

    private Map<String, String[]> highlight(List<String> fields, BooleanQuery query, int[] docs) {
        if (query.clauses().isEmpty() || docs.length == 0) {
            return Map.of();
        }
        int[] one = new int[fields.size()];
        Arrays.fill(one, 1);
        try {
            return highlighter.highlightFields(fields.toArray(String[]::new), query, docs, one);
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
