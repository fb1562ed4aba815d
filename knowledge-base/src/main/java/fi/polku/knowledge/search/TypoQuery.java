package fi.polku.knowledge.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;

/**
 * Matches the terms of a field within a few edits of a word, exactly like a {@link FuzzyQuery} with transpositions
 * (same terms, same similarity boosts, same top-terms rewrite), but without building Levenshtein automata: an
 * automaton for two edits costs about a millisecond per field and query, while a short scan of the terms that share
 * the word's prefix costs microseconds on a catalogue's small title and keyword vocabularies.
 */
final class TypoQuery extends MultiTermQuery {

    private final Term term;
    private final int maxEdits;
    private final int prefixLength;
    private final int[] codePoints;

    TypoQuery(Term term, int maxEdits, int prefixLength, int maxExpansions) {
        super(term.field(), FuzzyQuery.defaultRewriteMethod(maxExpansions));
        this.term = term;
        this.maxEdits = maxEdits;
        this.codePoints = term.text().codePoints().toArray();
        this.prefixLength = Math.min(prefixLength, codePoints.length);
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        return new TypoTermsEnum(terms.iterator());
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return (this.field.equals(field) ? "" : this.field + ":") + term.text() + "~" + maxEdits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypoQuery that
                && super.equals(other)
                && term.equals(that.term)
                && maxEdits == that.maxEdits
                && prefixLength == that.prefixLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), term, maxEdits, prefixLength);
    }

    /**
     * The edit distance of the part after the shared prefix, counting a swap of neighbours as one edit (optimal string
     * alignment, as Lucene's Levenshtein automata with transpositions), or {@code maxEdits + 1} when it is larger.
     */
    static int distance(int[] a, int aFrom, int[] b, int bFrom, int bLength, int maxEdits) {
        int n = a.length - aFrom;
        int m = bLength - bFrom;
        if (Math.abs(n - m) > maxEdits) {
            return maxEdits + 1;
        }
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            int ai = a[aFrom + i - 1];
            for (int j = 1; j <= m; j++) {
                int bj = b[bFrom + j - 1];
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b[bFrom + j - 2] && a[aFrom + i - 2] == bj) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > maxEdits) {
                return maxEdits + 1;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], maxEdits + 1);
    }

    /** The terms sharing the prefix, accepted when within the edits, each with FuzzyQuery's similarity boost. */
    private final class TypoTermsEnum extends FilteredTermsEnum {

        private final BytesRef prefix;
        private final BytesRef word;
        private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);
        private int[] candidate = new int[16];

        TypoTermsEnum(TermsEnum terms) {
            super(terms, true);
            this.word = term.bytes();
            this.prefix = new BytesRef(new String(codePoints, 0, prefixLength));
            setInitialSeekTerm(prefix);
        }

        @Override
        protected AcceptStatus accept(BytesRef term) {
            if (!StringHelper.startsWith(term, prefix)) {
                return AcceptStatus.END;
            }
            if (candidate.length < term.length) {
                candidate = new int[term.length];
            }
            int length = UnicodeUtil.UTF8toUTF32(term, candidate);
            int edits = distance(codePoints, prefixLength, candidate, prefixLength, length, maxEdits);
            if (edits > maxEdits) {
                return AcceptStatus.NO;
            }
            boost.setBoost(term.bytesEquals(word) ? 1.0f : 1.0f - (float) edits / Math.min(length, codePoints.length));
            return AcceptStatus.YES;
        }
    }
}
