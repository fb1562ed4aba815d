package fi.polku.segmentation.crisis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.Version;

/**
 * Writes an OpenNLP-trained document categorizer as the rule folder's learned model file ({@link LearnedCrisisModel}
 * reads it): the weights of each n-gram per outcome, n-grams sorted, doubles written so that they read back exactly.
 */
final class LearnedModelFile {

    /** The committed model, relative to the module (Surefire runs in it). */
    static final String COMMITTED = "rules/crisis/learned/model.tsv";

    static final String REGENERATE = "./mvnw -o -pl segmentation-rules test -Dtest=LearnedCrisisModelTests"
            + " -Dcrisis.learned.write=true -Djacoco.skip=true";

    /**
     * The training files, in the order they are read and hashed: own cases, the spent blind sets (1 to 15), the own
     * texts of the sixth to sixteenth rounds, the instrument's answers and short chat replies, and the guards
     * (unlabelled, all non-crisis) last. Never blind-16 or a later blind set.
     */
    static final List<String> TRAINING_FILES = List.of(
            "crisis-cases",
            "crisis-categories",
            "crisis-heldout",
            "blind-1",
            "blind-2",
            "blind-3",
            "blind-4",
            "blind-5",
            "blind-6",
            "blind-7",
            "blind-8",
            "blind-9",
            "blind-10",
            "blind-11",
            "blind-12",
            "blind-13",
            "blind-14",
            "blind-15",
            "own-6",
            "own-7",
            "own-8",
            "own-9",
            "own-10",
            "own-11",
            "own-12",
            "own-13",
            "own-answers",
            "crisis-guards");

    private static final String GUARDS = "crisis-guards";

    private LearnedModelFile() {}

    /** The training files with a label column (all but the guards). */
    static List<String> labelledFiles() {
        return TRAINING_FILES.stream().filter(f -> !f.equals(GUARDS)).toList();
    }

    static String render(DoccatModel model, double threshold, int shortest, int longest) {
        StringBuilder out = new StringBuilder();
        out.append(
                        "# The learned second crisis signal (rules/README.md, \"The learned second signal\"): Apache OpenNLP's\n")
                .append(
                        "# document categorizer (maximum entropy, GIS, 300 iterations, cutoff 1) over character n-grams,\n")
                .append(
                        "# words (w=) and word pairs (b=) of the detector's folded words, trained on the own cases, guards\n")
                .append("# and the spent blind sets 1-15 in\n")
                .append(
                        "# segmentation-rules/src/test/resources/crisis/. Generated: never edit by hand. Regenerate it\n")
                .append("# whenever those files change (LearnedCrisisModelTests fails until then):\n")
                .append("#   ")
                .append(REGENERATE)
                .append('\n')
                .append("# threshold: chosen before blind-16 was read (sixteenth round; rules/README.md says how).\n");
        out.append("threshold\t").append(threshold).append('\n');
        out.append("ngrams\t").append(shortest).append('-').append(longest).append('\n');
        out.append("training\t").append(trainingHash()).append('\n');
        out.append("opennlp\t").append(Version.currentVersion()).append('\n');
        out.append("ngram\tcrisis\tother\n");
        weights(model)
                .forEach((ngram, w) -> out.append(ngram)
                        .append('\t')
                        .append(w[0])
                        .append('\t')
                        .append(w[1])
                        .append('\n'));
        return out.toString();
    }

    /** Weights by n-gram, sorted: {crisis, other}. */
    static Map<String, double[]> weights(DoccatModel model) {
        Object[] data = ((AbstractModel) model.getMaxentModel()).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        int crisis = outcomes[0].equals("crisis") ? 0 : 1;
        Map<String, double[]> weights = new TreeMap<>();
        predicates.forEach((ngram, context) -> {
            double[] w = new double[2];
            for (int i = 0; i < context.getOutcomes().length; i++) {
                w[context.getOutcomes()[i] == crisis ? 0 : 1] += context.getParameters()[i];
            }
            weights.put(ngram, w);
        });
        return weights;
    }

    /** "crisis minus other" per n-gram, as the scorer holds them. */
    static Map<String, Double> differences(DoccatModel model) {
        Map<String, Double> out = new HashMap<>();
        weights(model).forEach((ngram, w) -> out.put(ngram, w[0] - w[1]));
        return out;
    }

    /** SHA-256 (first 16 hex digits) over each training file's name and content, in order. */
    static String trainingHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : TRAINING_FILES) {
                try (InputStream in = LearnedModelFile.class.getResourceAsStream("/crisis/" + file + ".tsv")) {
                    if (in == null) {
                        throw new IllegalStateException(file + ".tsv is missing");
                    }
                    digest.update(file.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(in.readAllBytes());
                }
            }
            return "sha256:"
                    + java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
