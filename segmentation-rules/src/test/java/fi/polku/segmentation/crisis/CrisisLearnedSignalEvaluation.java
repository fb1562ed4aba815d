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
 * (maximum entropy, deterministic GIS training) over character n-grams of the detector's own normalised words. The
 * protocol keeps blind-4 honest: the features and the probability threshold are chosen by 5-fold cross-validation on
 * the training data only (own cases, guards, the spent blind-1 to blind-3) and written below as constants in a commit
 * before blind-4 is scored once. Run with {@code -Dcrisis.learned=true}; results and the decision are in the rule
 * folder's README.
 */
class CrisisLearnedSignalEvaluation {

    /**
     * Chosen by {@link #choosesFeaturesAndThresholdByCrossValidation} before blind-4 was read (2026-11-30 13:08, load
     * 14.8): 3- to 4-grams at probability 0.70 gave the OR the most out-of-fold recall (0.998, 1743/1746) with its
     * false alarms at most 0.10 (0.064, 100/1557). The rules alone already catch 0.996 of the training crises (they
     * were tuned on them), so this criterion can only see 4 crises: a weak guide, written down as the brief set it.
     */
    static final double THRESHOLD = 0.70;

    /**
     * A second choice written down with the first, also before blind-4 was read: the threshold at which the learned
     * signal alone raised at most 0.02 false alarms out of fold (0.018 at 0.90 with 3- to 4-grams), the issue's bar
     * for "false alarms not more than +0.02". Reported beside the first; the decision rests on the first.
     */
    static final double CAUTIOUS_THRESHOLD = 0.90;

    static final int SHORTEST = 3;
    static final int LONGEST = 4;

    private static final double FALSE_ALARM_CEILING = 0.10;
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99};
    private static final int[][] FEATURE_SETS = {{3, 5}, {3, 4}, {4, 4}};
    private static final int FOLDS = 5;

    private static final CrisisDetector DETECTOR = RuleBook.loadBundled().crisisDetector();

    @Test
    void choosesFeaturesAndThresholdByCrossValidation(TestReporter reporter) throws IOException {
        assumeTrue(Boolean.getBoolean("crisis.learned"), "run with -Dcrisis.learned=true");
        List<CrisisEvaluation.Case> training = training();
        boolean[] rules = new boolean[training.size()];
        for (int i = 0; i < training.size(); i++) {
            rules[i] = DETECTOR.isCrisis(training.get(i).text());
        }
        StringBuilder out = new StringBuilder("training cases: %d (crises %d); rules alone on them: %s%n"
                .formatted(
                        training.size(),
                        training.stream().filter(CrisisEvaluation.Case::crisis).count(),
                        summary(CrisisEvaluation.evaluate(training, DETECTOR::isCrisis)
                                .total())));
        String best = "none";
        double bestRecall = -1;
        double bestFalseAlarms = 2;
        for (int[] features : FEATURE_SETS) {
            double[] outOfFold = new double[training.size()];
            for (int fold = 0; fold < FOLDS; fold++) {
                List<CrisisEvaluation.Case> fit = new ArrayList<>();
                for (int i = 0; i < training.size(); i++) {
                    if (i % FOLDS != fold) {
                        fit.add(training.get(i));
                    }
                }
                DocumentCategorizerME categorizer = train(fit, features[0], features[1]);
                for (int i = fold; i < training.size(); i += FOLDS) {
                    outOfFold[i] = crisis(categorizer, training.get(i).text());
                }
            }
            for (double threshold : THRESHOLDS) {
                CrisisEvaluation.Score learned = new CrisisEvaluation.Score(0, 0, 0, 0);
                CrisisEvaluation.Score union = new CrisisEvaluation.Score(0, 0, 0, 0);
                for (int i = 0; i < training.size(); i++) {
                    boolean crisis = training.get(i).crisis();
                    boolean alone = outOfFold[i] >= threshold;
                    learned = learned.plus(one(crisis, alone));
                    union = union.plus(one(crisis, alone || rules[i]));
                }
                out.append("%d-%d grams, threshold %.2f: learned alone %s; rules OR learned %s%n"
                        .formatted(features[0], features[1], threshold, summary(learned), summary(union)));
                boolean better = union.recall() > bestRecall + 1e-9
                        || (Math.abs(union.recall() - bestRecall) < 1e-9 && union.falseAlarmRate() < bestFalseAlarms);
                if (union.falseAlarmRate() <= FALSE_ALARM_CEILING && better) {
                    bestRecall = union.recall();
                    bestFalseAlarms = union.falseAlarmRate();
                    best = "%d-%d grams, threshold %.2f".formatted(features[0], features[1], threshold);
                }
            }
        }
        out.append(
                "chosen (most OR recall with OR false alarms <= %.2f, then fewest false alarms, first feature set): %s%n"
                        .formatted(FALSE_ALARM_CEILING, best));
        reporter.publishEntry("learned-cv", out.toString());
        Files.writeString(Path.of("target", "crisis-learned-cv.txt"), out.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void scoresTheCommittedChoiceOnBlind4(TestReporter reporter) throws IOException {
        assumeTrue(Boolean.getBoolean("crisis.learned"), "run with -Dcrisis.learned=true");
        assumeTrue(!Double.isNaN(THRESHOLD), "commit the cross-validated threshold first");
        List<CrisisEvaluation.Case> training = training();
        DocumentCategorizerME categorizer = train(training, SHORTEST, LONGEST);
        List<CrisisEvaluation.Case> blind = CrisisEvaluation.read("/crisis/blind-4.tsv");
        Predicate<String> learned = t -> crisis(categorizer, t) >= THRESHOLD;
        StringBuilder out = new StringBuilder("trained on %d cases, %d-%d grams, threshold %.2f%n"
                .formatted(training.size(), SHORTEST, LONGEST, THRESHOLD));
        out.append("## blind-4, rules alone\n")
                .append(CrisisEvaluation.evaluate(blind, DETECTOR::isCrisis).markdown());
        out.append("## blind-4, learned alone\n")
                .append(CrisisEvaluation.evaluate(blind, learned::test).markdown());
        out.append("## blind-4, rules OR learned\n")
                .append(CrisisEvaluation.evaluate(blind, t -> DETECTOR.isCrisis(t) || learned.test(t))
                        .markdown());
        Predicate<String> cautious = t -> crisis(categorizer, t) >= CAUTIOUS_THRESHOLD;
        out.append("## blind-4, learned alone at the cautious threshold %.2f%n".formatted(CAUTIOUS_THRESHOLD))
                .append(CrisisEvaluation.evaluate(blind, cautious::test).markdown());
        out.append("## blind-4, rules OR learned at the cautious threshold %.2f%n".formatted(CAUTIOUS_THRESHOLD))
                .append(CrisisEvaluation.evaluate(blind, t -> DETECTOR.isCrisis(t) || cautious.test(t))
                        .markdown());
        reporter.publishEntry("learned-blind-4", out.toString());
        Files.writeString(Path.of("target", "crisis-learned-blind-4.txt"), out.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Cost on the same texts as the rules, and on the three free texts of the screening benchmark (ScreeningBenchmark
     * in src/jmh, copied here because test code cannot see it), whose quiet figure the budget is judged by.
     */
    @Test
    void measuresTheCostOnCpuTime(TestReporter reporter) throws IOException {
        assumeTrue(Boolean.getBoolean("crisis.learned"), "run with -Dcrisis.learned=true");
        List<CrisisEvaluation.Case> training = training();
        DoccatModel model = model(training, SHORTEST, LONGEST);
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        HashedNGramScorer hashed = new HashedNGramScorer(LearnedModelFile.differences(model), SHORTEST, LONGEST);
        List<String> texts = new ArrayList<>();
        CrisisEvaluation.read("/crisis/blind-4.tsv").forEach(c -> texts.add(c.text()));
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
        DoccatModel model = model(training, SHORTEST, LONGEST);
        DocumentCategorizerME first = new DocumentCategorizerME(model);
        DocumentCategorizerME second = train(training, SHORTEST, LONGEST);
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
        DocumentCategorizerME small = train(training, 4, 4);
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
                "learned signal, 4-grams only",
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

    /** Own cases, guards and the spent blind sets; never blind-4. */
    static List<CrisisEvaluation.Case> training() {
        List<CrisisEvaluation.Case> training = new ArrayList<>();
        for (String file :
                List.of("crisis-cases", "crisis-categories", "crisis-heldout", "blind-1", "blind-2", "blind-3")) {
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

    private static DocumentCategorizerME train(List<CrisisEvaluation.Case> cases, int shortest, int longest) {
        return new DocumentCategorizerME(model(cases, shortest, longest));
    }

    static DoccatModel model(List<CrisisEvaluation.Case> cases, int shortest, int longest) {
        List<DocumentSample> samples = cases.stream()
                .map(c -> new DocumentSample(c.crisis() ? "crisis" : "other", CrisisText.words(c.text())))
                .toList();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            return DocumentCategorizerME.train(
                    "fi",
                    ObjectStreamUtils.createObjectStream(samples),
                    parameters,
                    new DoccatFactory(new FeatureGenerator[] {new CharNGramFeatures(shortest, longest)}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CrisisEvaluation.Score one(boolean crisis, boolean flagged) {
        return crisis
                ? new CrisisEvaluation.Score(1, flagged ? 1 : 0, 0, 0)
                : new CrisisEvaluation.Score(0, 0, 1, flagged ? 1 : 0);
    }

    private static String summary(CrisisEvaluation.Score s) {
        return "recall %.3f (%d/%d), false alarms %.3f (%d/%d)"
                .formatted(s.recall(), s.caught(), s.crises(), s.falseAlarmRate(), s.falseAlarms(), s.others());
    }

    private static double crisis(DocumentCategorizerME categorizer, String text) {
        double[] outcomes = categorizer.categorize(CrisisText.words(text));
        return outcomes[categorizer.getIndex("crisis")];
    }
}
