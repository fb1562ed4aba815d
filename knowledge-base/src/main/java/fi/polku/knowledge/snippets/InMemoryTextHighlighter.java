package fi.polku.knowledge.snippets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A UnifiedHighlighter that takes field texts from memory by document number instead of stored fields: the index is
 * written once with every document in catalogue order, so decompressing stored blocks per search is avoidable.
 */
final class InMemoryTextHighlighter extends UnifiedHighlighter {

    private final List<Map<String, String>> texts;

    InMemoryTextHighlighter(Builder builder, List<Map<String, String>> texts) {
        super(builder);
        this.texts = texts;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            CharSequence[] row = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                row[i] = texts.get(doc).getOrDefault(fields[i], "");
            }
            values.add(row);
        }
        return values;
    }
}
