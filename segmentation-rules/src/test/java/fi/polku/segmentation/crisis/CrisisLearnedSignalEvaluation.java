package fi.polku.segmentation.crisis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.polku.segmentation.rules.RuleBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Issue 6 asks to evaluate a learned second signal that may only add flags: Apache OpenNLP's document categorizer
 * (maximum entropy, deterministic GIS training) over character 3- to 5-grams of the detector's own normalised words,
 * trained on the project's own labelled cases only, then scored on the first blind set alone and as "rules OR
 * learned". Run with {@code -Dcrisis.learned=true}; the result and the decision are in the rule folder's README.
 */
class CrisisLearnedSignalEvaluation {

    private static final CrisisDetector DETECTOR = RuleBook.loadBundled().crisisDetector();

    @Test
    void scoresTheLearnedSignalOnTheBlindSets(TestReporter reporter) throws IOException {
        assumeTrue(Boolean.getBoolean("crisis.learned"), "run with -Dcrisis.learned=true");
        List<CrisisEvaluation.Case> training = new ArrayList<>();
        training.addAll(CrisisEvaluation.read("/crisis/crisis-cases.tsv"));
        training.addAll(CrisisEvaluation.read("/crisis/crisis-categories.tsv"));
        training.addAll(CrisisEvaluation.read("/crisis/crisis-heldout.tsv"));
        List<DocumentSample> samples = training.stream()
                .map(c -> new DocumentSample(c.crisis() ? "crisis" : "other", CrisisText.words(c.text())))
                .toList();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatModel model = DocumentCategorizerME.train(
                "fi",
                ObjectStreamUtils.createObjectStream(samples),
                parameters,
                new DoccatFactory(new FeatureGenerator[] {new CharNGramFeatures()}));
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);

        StringBuilder out = new StringBuilder("training cases: " + training.size() + "\n");
        for (String set : List.of("blind-1", "blind-2")) {
            if (getClass().getResource("/crisis/" + set + ".tsv") != null) {
                out.append(set)
                        .append(":\n")
                        .append(score(categorizer, CrisisEvaluation.read("/crisis/" + set + ".tsv")));
            }
        }
        reporter.publishEntry("learned", out.toString());
        Files.writeString(Path.of("target", "crisis-learned.txt"), out.toString(), StandardCharsets.UTF_8);
    }

    private static String score(DocumentCategorizerME categorizer, List<CrisisEvaluation.Case> blind) {
        StringBuilder out = new StringBuilder();
        for (double threshold : new double[] {0.5, 0.7, 0.9, 0.95}) {
            CrisisEvaluation.Report learned =
                    CrisisEvaluation.evaluate(blind, t -> crisis(categorizer, t) >= threshold);
            CrisisEvaluation.Report union =
                    CrisisEvaluation.evaluate(blind, t -> DETECTOR.isCrisis(t) || crisis(categorizer, t) >= threshold);
            out.append(
                    "threshold %.2f: learned alone recall %.3f false alarms %.3f; rules OR learned recall %.3f false alarms %.3f%n"
                            .formatted(
                                    threshold,
                                    learned.total().recall(),
                                    learned.total().falseAlarmRate(),
                                    union.total().recall(),
                                    union.total().falseAlarmRate()));
        }
        CrisisEvaluation.Report rules = CrisisEvaluation.evaluate(blind, DETECTOR::isCrisis);
        out.append("rules alone: recall %.3f false alarms %.3f%n"
                .formatted(rules.total().recall(), rules.total().falseAlarmRate()));
        long start = System.nanoTime();
        int runs = 0;
        for (int round = 0; round < 20; round++) {
            for (CrisisEvaluation.Case c : blind) {
                crisis(categorizer, c.text());
                runs++;
            }
        }
        out.append("learned signal: %.1f µs per text (rough, not JMH)%n"
                .formatted((System.nanoTime() - start) / 1000.0 / runs));
        return out.toString();
    }

    private static double crisis(DocumentCategorizerME categorizer, String text) {
        double[] outcomes = categorizer.categorize(CrisisText.words(text));
        return outcomes[categorizer.getIndex("crisis")];
    }
}
