package fi.polku.segmentation.rules;

import org.jspecify.annotations.Nullable;

/** A problem in the rule folder, naming the file, the rule (when there is one) and the line (1-based, 0 = whole file). */
public class RuleBookException extends RuntimeException {

    private final String file;
    private final @Nullable String rule;
    private final int line;

    public RuleBookException(String file, @Nullable String rule, int line, String problem) {
        this(file, rule, line, problem, null);
    }

    public RuleBookException(String file, @Nullable String rule, int line, String problem, @Nullable Throwable cause) {
        super(describe(file, rule, line, problem), cause);
        this.file = file;
        this.rule = rule;
        this.line = line;
    }

    private static String describe(String file, @Nullable String rule, int line, String problem) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(" line ").append(line);
        }
        if (rule != null) {
            message.append(" (rule ").append(rule).append(')');
        }
        return message.append(": ").append(problem).toString();
    }

    /** The file, relative to the rule folder, e.g. {@code rules/decisions.yml}. */
    public String file() {
        return file;
    }

    public @Nullable String rule() {
        return rule;
    }

    public int line() {
        return line;
    }
}
