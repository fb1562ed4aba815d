package fi.polku.knowledge.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoresTests {

    @Test
    void scoresPassagesExactlyAsLucenesPassageScorer() {
        Passage passage = new Passage();
        passage.setStartOffset(120);
        passage.setEndOffset(260);
        String[] terms = {"tyokokeilu", "velka", "tyokokeilu", "ulosotto", "velka", "tyokokeilu", "kela"};
        int[] freqsInDoc = {3, 2, 3, 1, 2, 3, 4};
        for (int i = 0; i < terms.length; i++) {
            passage.addMatch(130 + i * 15, 138 + i * 15, new BytesRef(terms[i]), freqsInDoc[i]);
        }

        for (int contentLength : new int[] {140, 900, 4_000}) {
            assertThat(new PassageScores().score(passage, contentLength))
                    .isEqualTo(new PassageScorer().score(passage, contentLength));
        }
    }

    @Test
    void scoresAPassageWithoutMatchesAsZero() {
        Passage passage = new Passage();
        passage.setStartOffset(0);
        passage.setEndOffset(50);

        assertThat(new PassageScores().score(passage, 500)).isZero();
    }
}
