package fi.polku.knowledge.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Reciprocal rank fusion of the keyword and the vector ranking of services (by catalogue position): a service scores
 * {@code 1 / (K + rank)} in each ranking it appears in, summed. Unlike {@code TopDocs.rrf}, which breaks ties by
 * document number, a tie here goes to the better keyword rank: keyword evidence is the one residents can see marked.
 */
final class RankFusion {

    /** The usual constant from Cormack et al. (2009): damps the weight of the very first ranks. */
    static final int K = 60;

    private RankFusion() {}

    static TopDocs fuse(TopDocs keyword, List<Integer> vector, int limit) {
        Map<Integer, Fused> fused = new LinkedHashMap<>();
        for (int rank = 0; rank < keyword.scoreDocs.length; rank++) {
            int doc = keyword.scoreDocs[rank].doc;
            fused.computeIfAbsent(doc, Fused::new).add(rank, true);
        }
        for (int rank = 0; rank < vector.size(); rank++) {
            fused.computeIfAbsent(vector.get(rank), Fused::new).add(rank, false);
        }
        List<Fused> ranked = new ArrayList<>(fused.values());
        ranked.sort(Comparator.comparingDouble(Fused::score)
                .reversed()
                .thenComparingInt(f -> f.keywordRank)
                .thenComparingInt(f -> f.vectorRank));
        ScoreDoc[] docs = ranked.stream()
                .limit(limit)
                .map(f -> new ScoreDoc(f.doc, (float) f.score))
                .toArray(ScoreDoc[]::new);
        return new TopDocs(new TotalHits(ranked.size(), TotalHits.Relation.EQUAL_TO), docs);
    }

    private static final class Fused {
        final int doc;
        double score;
        int keywordRank = Integer.MAX_VALUE;
        int vectorRank = Integer.MAX_VALUE;

        Fused(int doc) {
            this.doc = doc;
        }

        void add(int rank, boolean keyword) {
            score += 1.0 / (K + rank + 1);
            if (keyword) {
                keywordRank = rank;
            } else {
                vectorRank = rank;
            }
        }

        double score() {
            return score;
        }
    }
}
