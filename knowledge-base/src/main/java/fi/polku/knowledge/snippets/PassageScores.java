package fi.polku.knowledge.snippets;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores snippet passages exactly as Lucene's {@link PassageScorer} does (BM25 over the passage's distinct terms in
 * order of first match, times the position norm), but finds the distinct terms by a short linear scan: the default
 * builds a {@code BytesRefHash} with a 32 KB block for every passage scored, most of a search's garbage.
 */
final class PassageScores extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // first match of each distinct term, and how often the term matches in the passage
        int[] first = new int[matches];
        int[] freqsInPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int seen = 0;
            while (seen < distinct && !terms[first[seen]].bytesEquals(terms[i])) {
                seen++;
            }
            if (seen == distinct) {
                first[distinct++] = i;
            }
            freqsInPassage[seen]++;
        }
        double score = 0;
        for (int t = 0; t < distinct; t++) {
            score += tf(freqsInPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[first[t]]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
