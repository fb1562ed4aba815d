package fi.polku.segmentation.yaml;

import org.jspecify.annotations.Nullable;

/**
 * A problem in a YAML data file: the file, the 1-based line (0 = whole file), the entry it belongs to (e.g. a rule
 * id, when the reader named one), the key path (e.g. {@code channels[0].label}) and what is wrong. Each module turns
 * it into its own exception at its loading boundary.
 */
public class YamlProblem extends RuntimeException {

    private final String file;
    private final int line;
    private final @Nullable String entry;
    private final @Nullable String key;
    private final String problem;

    public YamlProblem(String file, int line, @Nullable String entry, @Nullable String key, String problem) {
        super(describe(file, line, entry, key, problem));
        this.file = file;
        this.line = line;
        this.entry = entry;
        this.key = key;
        this.problem = problem;
    }

    private static String describe(
            String file, int line, @Nullable String entry, @Nullable String key, String problem) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(" line ").append(line);
        }
        if (entry != null) {
            message.append(" (").append(entry).append(')');
        }
        if (key != null) {
            message.append(" '").append(key).append('\'');
        }
        return message.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The entry the reader named (a rule, case or item id), or null. */
    public @Nullable String entry() {
        return entry;
    }

    /** The key path, e.g. {@code sv.title} or {@code channels[0].type}, or null when the whole mapping is meant. */
    public @Nullable String key() {
        return key;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }
}
