package fi.polku.knowledge.snippets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * A UnifiedHighlighter that takes field texts from memory by document number instead of stored fields (the index is
 * written once with every document in catalogue order, so decompressing stored blocks per search is avoidable), and
 * reads offsets with {@link ReusedPostingsOffsets}. Either can be switched back to Lucene's default for the oracle
 * tests and benchmarks: texts null reads stored fields, {@code reusePostings} false uses the default offsets.
 */
final class InMemoryTextHighlighter extends UnifiedHighlighter {

    private final @Nullable List<Map<String, String>> texts;
    private final boolean reusePostings;

    InMemoryTextHighlighter(Builder builder, @Nullable List<Map<String, String>> texts, boolean reusePostings) {
        super(builder);
        this.texts = texts;
        this.reusePostings = reusePostings;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        if (texts == null) {
            return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
        }
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

    /** Offsets from the postings with each term's enumeration reused from hit to hit. */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        return reusePostings && offsetSource == OffsetSource.POSTINGS
                ? new ReusedPostingsOffsets(components)
                : super.getOffsetStrategy(offsetSource, components);
    }
}
