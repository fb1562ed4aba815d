package fi.polku.knowledge.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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
    void scoresRandomPassagesExactlyAsLucenesPassageScorer() {
        Random random = new Random(30);
        String[] vocabulary = {"tyo", "velka", "kela", "tuki", "mieli", "apu", "koulutus", "asunto"};
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 120 + random.nextInt(400));
            int matches = random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                int offset = start + i * 10;
                String term = vocabulary[random.nextInt(vocabulary.length)];
                // a term's frequency in the document is one value per term, as the highlighter passes it
                passage.addMatch(offset, offset + 5, new BytesRef(term), 1 + Math.abs(term.hashCode() % 7));
            }
            int contentLength = passage.getEndOffset() + random.nextInt(10_000);

            assertThat(new PassageScores().score(passage, contentLength))
                    .as("round %d", round)
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
