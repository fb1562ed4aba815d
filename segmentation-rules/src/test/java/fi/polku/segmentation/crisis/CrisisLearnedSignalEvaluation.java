package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.polku.segmentation.rules.RuleBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Issue 6 asks to evaluate a learned second signal that may only add flags: Apache OpenNLP's document categorizer
 * (maximum entropy, deterministic GIS training) over character n-grams, words and word pairs of the detector's own
 * normalised words. Kept since blind-4 at 0.90 on the first training; the sixth round retrained it on 4,500 more own
 * texts written by helpers who saw neither code nor lists (own-6 to own-8) and the spent blind-4 and blind-5, added
 * word features and chose a new threshold by {@link #choosesTheThresholdOnHeldOutTexts}: out-of-fold on the new own
 * texts, and on blind-5 held out of the training (blind-5 is spent by it; blind-6 is the figure). Run with
 * {@code -Dcrisis.learned=true}; results and the decision are in the rule folder's README.
 */
class CrisisLearnedSignalEvaluation {

    /**
     * Chosen by {@link #choosesTheThresholdOnHeldOutTexts}, by a rule written down in the sixth round before the table
     * was printed: the lowest threshold of {@link #THRESHOLDS} at which the learned signal adds (flags where the rules
     * do not) at most 5 % of the fresh own non-crisis texts out of fold and at most 3 % of blind-5's. Sixth round
     * (own-6 to own-8 fresh): 0.70. Eighth round, before blind-8 was read (own-6 to own-9 fresh, 5,400 texts): 0.65
     * adds 142 of 3,030 (4.7 %) and 1 of 168; 0.60 would add 5.7 %. Thirteenth round, before blind-13 was read (own-6
     * to own-10 fresh, 3,630 non-crisis texts, on the merged round's lists, the model reading no text under three words):
     * 0.60 adds 166 (4.6 %) and 1 of 168; 0.50 would add 6.8 %. Fourteenth round, before blind-14 was read (own-6 to
     * own-11 fresh, 4,170 non-crisis texts): 0.60 adds 164 (3.9 %) and 0 of 168; 0.50 would add 6.3 %. Fifteenth
     * round, before blind-15 was read (own-6 to own-12 fresh, 4,710): 0.60 adds 170 (3.6 %) and 1 of 168; 0.50 would
     * add 5.8 %. The README has the tables.
     */
    static final double THRESHOLD = 0.60;

    /**
     * Character 4-grams only (with words and word pairs): at the threshold's choice as good as 3- to 4-grams (fresh own
     * texts out of fold at 0.70: recall 0.872 vs 0.860, false alarms 708 vs 710 of 2,490; blind-5 held out 0.983 and
     * 27 vs 26 of 168) with half the look-ups: a screening costs what it did with the first model (52.6 vs 53.3 µs CPU
     * time, interleaved), 3- to 4-grams 57.0 µs.
     */
    static final int SHORTEST = 4;

    static final int LONGEST = 4;
    static final int ITERATIONS = 300;
    /**
     * Every feature seen once is kept. Tried: seen twice (36,000 features instead of 83,000, 2.2 µs instead of 3.3 µs
     * per screening over the first model, CPU time): as good at the threshold's choice (fresh own texts out of fold at
     * 0.70: recall 0.855 vs 0.860, false alarms 716 vs 710 of 2,490), but it flags an own text that is plainly none
     * ("maksoin velat pois ja nyt on helpompaa").
     */
    static final int CUTOFF = 1;

    private static final double[] THRESHOLDS = {0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    private static final int FOLDS = 5;

    /** The own texts that no rule or model had seen when they were written: the out-of-fold figure is read on them. */
    private static final List<String> FRESH =
            List.of("own-6", "own-7", "own-8", "own-9", "own-10", "own-11", "own-12", "own-13");

    /** Held out of the training when the threshold is chosen, and spent by that choice. */
    private static final String HELD_OUT = "blind-5";

    private static final CrisisDetector DETECTOR = RuleBook.loadBundled().crisisDetector();

    @Test
    void choosesTheThresholdOnHeldOutTexts(TestReporter reporter) throws IOException {
        assumeTrue(Boolean.getBoolean("crisis.learned"), "run with -Dcrisis.learned=true");
        List<CrisisEvaluation.Case> pool = new ArrayList<>();
        List<Boolean> fresh = new ArrayList<>();
        for (String file : LearnedModelFile.labelledFiles()) {
            if (!file.equals(HELD_OUT)) {
                List<CrisisEvaluation.Case> cases = CrisisEvaluation.read("/crisis/" + file + ".tsv");
                pool.addAll(cases);
                cases.forEach(c -> fresh.add(FRESH.contains(file)));
            }
        }
        guards().forEach(c -> {
            pool.add(c);
            fresh.add(false);
        });
        double[] outOfFold = new double[pool.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<CrisisEvaluation.Case> fit = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if (i % FOLDS != fold) {
                    fit.add(pool.get(i));
                }
            }
            DocumentCategorizerME categorizer = new DocumentCategorizerME(model(fit));
            for (int i = fold; i < pool.size(); i += FOLDS) {
                outOfFold[i] = inPlay(categorizer, pool.get(i).text());
            }
        }
        List<CrisisEvaluation.Case> ownFresh = new ArrayList<>();
        List<Double> ownFreshScores = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (fresh.get(i)) {
                ownFresh.add(pool.get(i));
                ownFreshScores.add(outOfFold[i]);
            }
        }
        DocumentCategorizerME whole = new DocumentCategorizerME(model(pool));
        List<CrisisEvaluation.Case> heldOut = CrisisEvaluation.read("/crisis/" + HELD_OUT + ".tsv");
        List<Double> heldOutScores =
                heldOut.stream().map(c -> inPlay(whole, c.text())).toList();
        StringBuilder out = new StringBuilder("pool %d texts (%d fresh own texts, out of fold), %s held out (%d)%n"
                .formatted(pool.size(), ownFresh.size(), HELD_OUT, heldOut.size()));
        out.append("rules alone: fresh own %s; %s %s%n"
                .formatted(
                        summary(union(ownFresh, ownFreshScores, 2)),
                        HELD_OUT,
                        summary(union(heldOut, heldOutScores, 2))));
        for (double threshold : THRESHOLDS) {
            out.append("threshold %.2f: rules OR learned on fresh own %s; on %s %s%n"
                    .formatted(
                            threshold,
                            summary(union(ownFresh, ownFreshScores, threshold)),
                            HELD_OUT,
                            summary(union(heldOut, heldOutScores, threshold))));
        }
        reporter.publishEntry("learned-threshold", out.toString());
        Files.writeString(Path.of("target", "crisis-learned-threshold.txt"), out.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The learned probability as the product uses it ({@link CrisisCheck}): 2 when the lists flag the text, else the
     * model's probability. Tried in the sixth round and left out (fresh own texts out of fold, 0.70): not scoring a
     * text the past policy found over lost 3 crises and no false alarm; scoring only the words no guard took out of
     * play raised the false alarms 710 -> 722 of 2,490 (the model learned denials from those words).
     */
    private static double inPlay(DocumentCategorizerME categorizer, String text) {
        if (DETECTOR.isCrisis(text)) {
            return 2;
        }
        return CrisisText.words(text).length < LearnedCrisisModel.SHORTEST_TEXT ? 0 : crisis(categorizer, text);
    }

    /** Rules OR learned at the threshold over the texts, with per-language recall (a threshold over 1 is the rules). */
    private static CrisisEvaluation.Report union(
            List<CrisisEvaluation.Case> cases, List<Double> scores, double threshold) {
        Map<String, Double> byText = new java.util.HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            byText.put(cases.get(i).text(), scores.get(i));
        }
        return CrisisEvaluation.evaluate(cases, t -> DETECTOR.isCrisis(t) || byText.getOrDefault(t, 0.0) >= threshold);
    }

    /**
     * Cost on the same texts as the rules, and on the three free texts of the screening benchmark (ScreeningBenchmark
     * in src/jmh, copied here because test code cannot see it), whose quiet figure the budget is judged by.
     */
    @Test
    void measuresTheCostOnCpuTime(TestReporter reporter) throws IOException {
        assumeTrue(Boolean.getBoolean("crisis.learned"), "run with -Dcrisis.learned=true");
        List<CrisisEvaluation.Case> training = training();
        DoccatModel model = model(training);
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        HashedNGramScorer hashed = new HashedNGramScorer(LearnedModelFile.differences(model), SHORTEST, LONGEST);
        List<String> texts = new ArrayList<>();
        training.forEach(c -> texts.add(c.text()));
        List<String> screening = List.of(
                "Olisi kiva jutella jonkun kanssa, kun mieliala on ollut viime aikoina aika matala.",
                "Uni ei tule öisin ja päivisin väsyttää, joten työnhaku jää helposti.",
                "Olen ollut pitkään työttömänä ja selkä on kipeä, joten raskas työ ei enää onnistu. "
                        + "Haluaisin kokeilla jotain kevyempää työtä tai opiskella uuden alan, mutta en tiedä mistä "
                        + "aloittaa. Velat painavat mieltä ja arki on välillä raskasta, mutta haluan päästä eteenpäin "
                        + "ja jaksaa paremmin. Toivon että joku auttaisi minua.");
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            repeated.addAll(screening);
        }
        StringBuilder scores = new StringBuilder("## the screening benchmark's free texts (none is a crisis)\n");
        for (String text : screening) {
            scores.append("- rules %s, learned %.3f: %s%n"
                    .formatted(DETECTOR.isCrisis(text), crisis(categorizer, text), text));
        }
        double largest = 0;
        for (String text : texts) {
            largest = Math.max(largest, Math.abs(hashed.crisis(text) - crisis(categorizer, text)));
        }
        assertThat(largest).as("hashed scorer vs OpenNLP").isLessThan(1e-9);
        String out = scores + "hashed scorer vs OpenNLP, largest difference over the labelled texts: " + largest + "\n"
                + "## cost on the labelled texts\n" + cost(categorizer, hashed, training, texts)
                + "## cost on the screening benchmark's three free texts (x1000)\n"
                + cost(categorizer, hashed, training, repeated);
        reporter.publishEntry("learned-cost", out);
        Files.writeString(Path.of("target", "crisis-learned-cost.txt"), out, StandardCharsets.UTF_8);
    }

    /**
     * The wiring the README describes trains the model at rule-load time, which is only acceptable if the same files
     * always give the same model: two trainings must score every text identically.
     */
    @Test
    void trainingTwiceGivesTheSameScores() throws IOException {
        assumeTrue(Boolean.getBoolean("crisis.learned"), "run with -Dcrisis.learned=true");
        List<CrisisEvaluation.Case> training = training();
        DoccatModel model = model(training);
        DocumentCategorizerME first = new DocumentCategorizerME(model);
        DocumentCategorizerME second = new DocumentCategorizerME(model(training));
        double[] a = training.stream().mapToDouble(c -> crisis(first, c.text())).toArray();
        double[] b =
                training.stream().mapToDouble(c -> crisis(second, c.text())).toArray();
        assertThat(b).containsExactly(a);
        Files.writeString(
                Path.of("target", "crisis-learned-model.txt"),
                "features in the model: %d%n"
                        .formatted(
                                ((Map<?, ?>) ((AbstractModel) model.getMaxentModel()).getDataStructures()[1]).size()),
                StandardCharsets.UTF_8);
    }

    /**
     * CPU time of the current thread (wall time is meaningless on a shared machine), the rules detector and each way
     * of running the learned signal measured in turn on the same texts, round after round, so the ratio holds under
     * load.
     */
    private static String cost(
            DocumentCategorizerME categorizer,
            HashedNGramScorer hashed,
            List<CrisisEvaluation.Case> training,
            List<String> texts) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        DocumentCategorizerME small = new DocumentCategorizerME(model(training, new CharNGramFeatures(4, 4)));
        List<Predicate<String>> ways = List.of(
                DETECTOR::isCrisis,
                t -> crisis(categorizer, t) >= THRESHOLD,
                t -> DETECTOR.isCrisis(t) || (!t.isBlank() && crisis(categorizer, t) >= THRESHOLD),
                t -> crisis(small, t) >= THRESHOLD,
                t -> hashed.crisis(t) >= THRESHOLD,
                t -> DETECTOR.isCrisis(t) || (!t.isBlank() && hashed.crisis(t) >= THRESHOLD));
        List<String> names = List.of(
                "rules detector",
                "learned signal (chosen features)",
                "rules, then learned only on unflagged non-blank texts",
                "learned signal, 4-grams only (no words)",
                "same weights, hashed scorer",
                "rules, then the hashed scorer only on unflagged non-blank texts");
        long[] nanos = new long[ways.size()];
        int sink = 0;
        int rounds = 12;
        for (int round = 0; round < rounds; round++) {
            for (int w = 0; w < ways.size(); w++) {
                long start = threads.getCurrentThreadCpuTime();
                for (String text : texts) {
                    sink += ways.get(w).test(text) ? 1 : 0;
                }
                if (round >= 2) {
                    nanos[w] += threads.getCurrentThreadCpuTime() - start;
                }
            }
        }
        StringBuilder out = new StringBuilder(
                "CPU time, %d texts x %d rounds after 2 warm-up, sink %d%n".formatted(texts.size(), rounds - 2, sink));
        for (int w = 0; w < ways.size(); w++) {
            double perText = nanos[w] / 1000.0 / (texts.size() * (rounds - 2.0));
            out.append("- %s: %.1f µs per text (%.2fx the rules detector)%n"
                    .formatted(names.get(w), perText, (double) nanos[w] / nanos[0]));
        }
        return out.toString();
    }

    /** Every labelled training file of {@link LearnedModelFile#TRAINING_FILES}, then the guards. */
    static List<CrisisEvaluation.Case> training() {
        List<CrisisEvaluation.Case> training = new ArrayList<>();
        for (String file : LearnedModelFile.labelledFiles()) {
            training.addAll(CrisisEvaluation.read("/crisis/" + file + ".tsv"));
        }
        training.addAll(guards());
        return training;
    }

    /** The guard file has no label column: every text in it is a non-crisis text. */
    private static List<CrisisEvaluation.Case> guards() {
        try (InputStream in = CrisisLearnedSignalEvaluation.class.getResourceAsStream("/crisis/crisis-guards.tsv")) {
            if (in == null) {
                throw new IllegalStateException("crisis-guards.tsv is missing");
            }
            List<CrisisEvaluation.Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String content = line.stripTrailing();
                if (content.isBlank() || content.startsWith("#") || content.startsWith("lang\t")) {
                    continue;
                }
                String[] f = content.split("\t");
                cases.add(new CrisisEvaluation.Case(f[0].strip(), "guard", false, f[1], false));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The committed configuration: character 4-grams, words and word pairs, GIS, 300 iterations, cutoff 1. Without the
     * words and pairs (sixth round, fresh own texts out of fold): 0.849 recall and 738 false alarms at 0.70, 0.825 and
     * 704 at 0.75 (blind-5 held out 0.961, 28 of 168); words alone 0.860 and 733 at 0.70.
     */
    static DoccatModel model(List<CrisisEvaluation.Case> cases) {
        return model(cases, new CharNGramFeatures(SHORTEST, LONGEST), new WordFeatures());
    }

    private static DoccatModel model(List<CrisisEvaluation.Case> cases, FeatureGenerator... features) {
        List<DocumentSample> samples = cases.stream()
                .map(c -> new DocumentSample(c.crisis() ? "crisis" : "other", CrisisText.words(c.text())))
                .toList();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        try {
            return DocumentCategorizerME.train(
                    "fi", ObjectStreamUtils.createObjectStream(samples), parameters, new DoccatFactory(features));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(CrisisEvaluation.Report report) {
        CrisisEvaluation.Score s = report.total();
        StringBuilder languages = new StringBuilder();
        report.byLanguage().forEach((lang, score) -> languages.append(" %s %.3f".formatted(lang, score.recall())));
        return "recall %.3f (%d/%d;%s), false alarms %.3f (%d/%d)"
                .formatted(
                        s.recall(), s.caught(), s.crises(), languages, s.falseAlarmRate(), s.falseAlarms(), s.others());
    }

    private static double crisis(DocumentCategorizerME categorizer, String text) {
        double[] outcomes = categorizer.categorize(CrisisText.words(text));
        return outcomes[categorizer.getIndex("crisis")];
    }
}
