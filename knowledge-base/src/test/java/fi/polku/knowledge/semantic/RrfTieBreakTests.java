package fi.polku.knowledge.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;

/**
 * Pins what semantic recall relies on in Lucene's {@code TopDocs.rrf}: the scores of reciprocal rank fusion and the
 * order of equal fused scores (by document number, i.e. catalogue position, whichever ranking a hit came from). A
 * Lucene upgrade that changes either fails here; then decide again whether search needs a fusion of its own (the
 * removed {@code RankFusion} put the better keyword rank first; knowledge-base/README.md, "Custom code against
 * Lucene").
 */
class RrfTieBreakTests {

    private static TopDocs ranking(List<Integer> docs) {
        ScoreDoc[] scoreDocs = new ScoreDoc[docs.size()];
        for (int r = 0; r < scoreDocs.length; r++) {
            scoreDocs[r] = new ScoreDoc(docs.get(r), scoreDocs.length - r);
        }
        return new TopDocs(new TotalHits(docs.size(), TotalHits.Relation.EQUAL_TO), scoreDocs);
    }

    private static List<Integer> docs(TopDocs top) {
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            docs.add(doc.doc);
        }
        return docs;
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

    /** The definition written out: sum of 1 / (K + rank), rank from 1, best first, ties by document number. */
    private static List<ScoreDoc> byDefinition(List<List<Integer>> rankings, int limit) {
        Map<Integer, Double> scores = new LinkedHashMap<>();
        for (List<Integer> ranking : rankings) {
            for (int r = 0; r < ranking.size(); r++) {
                scores.merge(ranking.get(r), 1.0 / (SemanticRecall.RRF_K + r + 1), Double::sum);
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new ScoreDoc(e.getKey(), e.getValue().floatValue()))
                .toList();
    }

    @Test
    void fusesByTheDefinitionWithTiesInDocumentOrder() {
        Random random = new Random(11);
        int ties = 0;
        for (int round = 0; round < 500; round++) {
            List<Integer> keyword = distinct(random, 1 + random.nextInt(50), 300, List.of());
            List<Integer> vector = distinct(random, 1 + random.nextInt(20), 300, keyword);
            int limit = 1 + random.nextInt(80);

            TopDocs lucene =
                    TopDocs.rrf(limit, SemanticRecall.RRF_K, new TopDocs[] {ranking(keyword), ranking(vector)});
            List<ScoreDoc> expected = byDefinition(List.of(keyword, vector), limit);

            assertThat(docs(lucene)).isEqualTo(expected.stream().map(d -> d.doc).toList());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(lucene.scoreDocs[i].score).isEqualTo(expected.get(i).score);
                if (i > 0 && lucene.scoreDocs[i].score == lucene.scoreDocs[i - 1].score) {
                    ties++;
                }
            }
        }
        assertThat(ties)
                .as("equal fused scores occur, so the tie-break is exercised")
                .isGreaterThan(100);
    }

    @Test
    void putsAVectorOnlyHitBeforeAKeywordHitOfEqualScoreWhenItComesEarlierInTheCatalogue() {
        // doc 9 is a keyword hit at rank 2, doc 3 a vector hit at rank 2: equal scores, the lower document first
        TopDocs keyword = ranking(List.of(5, 9));
        TopDocs vector = ranking(List.of(5, 3));

        TopDocs fused = TopDocs.rrf(3, SemanticRecall.RRF_K, new TopDocs[] {keyword, vector});

        assertThat(docs(fused)).containsExactly(5, 3, 9);
        assertThat(fused.scoreDocs[1].score).isEqualTo(fused.scoreDocs[2].score);
        assertThat(fused.scoreDocs[0].score).isEqualTo((float) (2.0 / (SemanticRecall.RRF_K + 1)));
        // and the same the other way round: the ranking a hit came from does not matter
        assertThat(docs(TopDocs.rrf(3, SemanticRecall.RRF_K, new TopDocs[] {vector, keyword})))
                .containsExactly(5, 3, 9);
    }

    @Test
    void readsOnlyTheRankNotTheScoreOfEachRanking() {
        // the vector ranking is passed with made-up scores; only the order may count
        ScoreDoc[] flat = {new ScoreDoc(7, 1f), new ScoreDoc(2, 1f)};
        TopDocs vector = new TopDocs(new TotalHits(2, TotalHits.Relation.EQUAL_TO), flat);

        TopDocs fused = TopDocs.rrf(2, SemanticRecall.RRF_K, new TopDocs[] {vector});

        assertThat(docs(fused)).containsExactly(7, 2);
        assertThat(fused.scoreDocs[0].score).isGreaterThan(fused.scoreDocs[1].score);
    }
}
