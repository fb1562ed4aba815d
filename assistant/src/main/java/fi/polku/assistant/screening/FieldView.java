package fi.polku.assistant.screening;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question as a form field: texts in the page language, the answer as typed, its error, and the display
 * condition for the script that hides it (the server has already hidden it when the condition is known to fail).
 *
 * @param type the instrument type: integer, scale, boolean, enum, set, text or municipality
 * @param value the single answer as text, or null
 * @param values the answers of a set
 * @param showWhen the item the condition reads, or null; {@code showIn} / {@code showNotIn} its values, space-separated
 * @param helpText the optional "what would help you here?" text of a profile item
 */
record FieldView(
        String id,
        String type,
        String label,
        @Nullable String help,
        @Nullable String value,
        List<String> values,
        List<Option> options,
        @Nullable Integer maxLength,
        @Nullable String minLabel,
        @Nullable String maxLabel,
        @Nullable String error,
        @Nullable String showWhen,
        @Nullable String showIn,
        @Nullable String showNotIn,
        @Nullable FieldView helpText) {

    /** A choice of a radio group, check box list or select. */
    record Option(String value, String label) {}

    public String inputId() {
        return "q-" + id;
    }

    /** The id of the first input, which the error summary links to. */
    public String firstInputId() {
        return options.isEmpty() || type.equals("municipality")
                ? inputId()
                : inputId() + "-" + options.getFirst().value();
    }

    /** The hint, the end labels of a scale and the error, as ids for aria-describedby. */
    public String describedBy() {
        StringBuilder ids = new StringBuilder();
        if (help != null) {
            ids.append(inputId()).append("-hint ");
        }
        if (minLabel != null) {
            ids.append(inputId()).append("-ends ");
        }
        if (error != null) {
            ids.append(inputId()).append("-error");
        }
        String joined = ids.toString().strip();
        return joined.isEmpty() ? "" : joined;
    }

    public boolean selected(String option) {
        return option.equals(value) || values.contains(option);
    }

    /** A radio group shows its "no answer" option checked when nothing is chosen. */
    public boolean unanswered() {
        return value == null && values.isEmpty();
    }
}
