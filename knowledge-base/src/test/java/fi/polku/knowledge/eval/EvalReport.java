package fi.polku.knowledge.eval;

import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** hit@5 and MRR@10 of a search over a query file, per language and overall, with the misses for tuning. */
public record EvalReport(Map<Language, Score> byLanguage, Score overall, List<String> misses) {

    /** The figures of a group of queries. */
    public record Score(int queries, double hitAt5, double mrrAt10) {}

    /** Runs every query through {@code search} (query, language -> ranked ids) and scores the rankings. */
    public static EvalReport of(List<EvalQuery> queries, BiFunction<String, Language, List<String>> search) {
        Map<Language, double[]> sums = new EnumMap<>(Language.class);
        double[] all = new double[3];
        List<String> misses = new ArrayList<>();
        for (EvalQuery query : queries) {
            List<String> ranked = search.apply(query.text(), query.language());
            int rank = 0;
            for (int i = 0; i < Math.min(10, ranked.size()) && rank == 0; i++) {
                if (query.relevant().contains(ranked.get(i))) {
                    rank = i + 1;
                }
            }
            double hit = rank >= 1 && rank <= 5 ? 1 : 0;
            double rr = rank == 0 ? 0 : 1.0 / rank;
            double[] sum = sums.computeIfAbsent(query.language(), l -> new double[3]);
            for (double[] s : List.of(sum, all)) {
                s[0]++;
                s[1] += hit;
                s[2] += rr;
            }
            if (hit == 0) {
                misses.add(query.language().tag() + "\t" + query.text() + "\t" + query.relevant() + "\trank " + rank
                        + "\t" + ranked.subList(0, Math.min(5, ranked.size())));
            }
        }
        Map<Language, Score> byLanguage = new EnumMap<>(Language.class);
        sums.forEach((lang, s) -> byLanguage.put(lang, score(s)));
        return new EvalReport(byLanguage, score(all), misses);
    }

    private static Score score(double[] s) {
        return s[0] == 0 ? new Score(0, 0, 0) : new Score((int) s[0], s[1] / s[0], s[2] / s[0]);
    }
}
