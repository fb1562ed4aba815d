package fi.polku.knowledge.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The terms of one query looked up once each, with one terms enumeration per field and segment for the whole query:
 * the statistics tell which words the index knows and go into the term queries, which then need not look the terms up
 * again (a fresh enumeration per term and field was most of a search's garbage on a large catalogue).
 */
final class TermLookup {

    private final IndexReaderContext top;
    private final List<LeafReaderContext> leaves;
    private final Map<String, @Nullable TermsEnum[]> enums = new HashMap<>();

    TermLookup(IndexReader reader) {
        this.top = reader.getContext();
        this.leaves = reader.leaves();
    }

    /** A query for the term with its statistics, or null when no document has it. */
    @Nullable
    TermQuery query(String field, String text) throws IOException {
        @Nullable TermsEnum[] perLeaf = enums.get(field);
        if (perLeaf == null) {
            perLeaf = new TermsEnum[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                Terms terms = leaf.reader().terms(field);
                perLeaf[leaf.ord] = terms == null ? null : terms.iterator();
            }
            enums.put(field, perLeaf);
        }
        BytesRef bytes = new BytesRef(text);
        TermStates states = null;
        for (LeafReaderContext leaf : leaves) {
            TermsEnum termsEnum = perLeaf[leaf.ord];
            if (termsEnum != null && termsEnum.seekExact(bytes)) {
                if (states == null) {
                    states = new TermStates(top);
                }
                states.register(termsEnum.termState(), leaf.ord, termsEnum.docFreq(), termsEnum.totalTermFreq());
            }
        }
        return states == null ? null : new TermQuery(new Term(field, bytes), states);
    }
}
