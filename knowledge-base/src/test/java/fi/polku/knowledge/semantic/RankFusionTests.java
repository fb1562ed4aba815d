package fi.polku.knowledge.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;

/** {@link RankFusion} against Lucene's {@code TopDocs.rrf}: the same scores and order, except the pinned tie-break. */
class RankFusionTests {

    private static TopDocs ranking(List<Integer> docs) {
        ScoreDoc[] scoreDocs = new ScoreDoc[docs.size()];
        for (int r = 0; r < scoreDocs.length; r++) {
            scoreDocs[r] = new ScoreDoc(docs.get(r), scoreDocs.length - r);
        }
        return new TopDocs(new TotalHits(docs.size(), TotalHits.Relation.EQUAL_TO), scoreDocs);
    }

    private static List<Integer> distinct(Random random, int size, int bound, List<Integer> share) {
        Set<Integer> docs = new LinkedHashSet<>();
        while (docs.size() < size) {
            docs.add(
                    !share.isEmpty() && random.nextBoolean()
                            ? share.get(random.nextInt(share.size()))
                            : random.nextInt(bound));
        }
        return new ArrayList<>(docs);
    }

    @Test
    void scoresEveryServiceAsLucenesRrfAndOrdersAlikeWhereScoresDiffer() {
        Random random = new Random(11);
        int ties = 0;
        for (int round = 0; round < 500; round++) {
            List<Integer> keyword = distinct(random, 1 + random.nextInt(50), 300, List.of());
            List<Integer> vector = distinct(random, 1 + random.nextInt(20), 300, keyword);
            int limit = 1 + random.nextInt(80);

            TopDocs ours = RankFusion.fuse(ranking(keyword), vector, limit);
            TopDocs lucene = TopDocs.rrf(limit, RankFusion.K, new TopDocs[] {ranking(keyword), ranking(vector)});

            assertThat(ours.scoreDocs).hasSameSizeAs(lucene.scoreDocs);
            Map<Integer, Float> expected = new HashMap<>();
            for (ScoreDoc doc :
                    TopDocs.rrf(1_000, RankFusion.K, new TopDocs[] {ranking(keyword), ranking(vector)}).scoreDocs) {
                expected.put(doc.doc, doc.score);
            }
            for (int i = 0; i < ours.scoreDocs.length; i++) {
                assertThat(ours.scoreDocs[i].score).isEqualTo(expected.get(ours.scoreDocs[i].doc));
                // the same score at each rank: only documents of equal score may change places
                assertThat(ours.scoreDocs[i].score).isEqualTo(lucene.scoreDocs[i].score);
                if (ours.scoreDocs[i].doc != lucene.scoreDocs[i].doc) {
                    ties++;
                }
            }
        }
        assertThat(ties).as("ties occur, so the tie-break matters").isPositive();
    }

    @Test
    void breaksTiesByTheKeywordRankWhereLuceneUsesTheDocumentNumber() {
        // doc 9 is a keyword hit at rank 2, doc 3 a vector hit at rank 2: equal scores
        TopDocs keyword = ranking(List.of(5, 9));
        List<Integer> vector = List.of(5, 3);

        assertThat(RankFusion.fuse(keyword, vector, 3).scoreDocs)
                .extracting(d -> d.doc)
                .containsExactly(5, 9, 3);
        assertThat(TopDocs.rrf(3, RankFusion.K, new TopDocs[] {keyword, ranking(vector)}).scoreDocs)
                .extracting(d -> d.doc)
                .containsExactly(5, 3, 9);
    }
}
