package fi.polku.knowledge.snippets;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Offsets from the postings as Lucene's {@link PostingsOffsetStrategy} reads them, but each term's postings
 * enumeration is reused from one hit to the next: opening a fresh one per hit and term (with its decoding buffers) was
 * most of what a search still allocated. The highlighter handles the hits of a field one after another, so the
 * previous hit's enumeration is finished when it is reused.
 */
final class ReusedPostingsOffsets extends PostingsOffsetStrategy {

    private @Nullable PostingsEnum[] reused = new PostingsEnum[0];

    ReusedPostingsOffsets(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsForTerms(BytesRef[] terms, Terms index, int doc, List<OffsetsEnum> results)
            throws IOException {
        if (reused.length < terms.length) {
            reused = new PostingsEnum[terms.length];
        }
        TermsEnum termsEnum = index.iterator();
        for (int i = 0; i < terms.length; i++) {
            if (termsEnum.seekExact(terms[i])) {
                PostingsEnum postings = termsEnum.postings(reused[i], PostingsEnum.OFFSETS);
                if (postings == null) {
                    throw new IllegalArgumentException(
                            "field '" + getField() + "' was indexed without offsets, cannot highlight");
                }
                reused[i] = postings;
                if (postings.advance(doc) == doc) {
                    results.add(new OffsetsEnum.OfPostings(terms[i], postings));
                }
            }
        }
    }
}
