package fi.polku.segmentation.instrument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Validated, normalised answers: Integer, Boolean, String, or a sorted {@code List<String>} for sets. A missing
 * answer, null and blank text are all absent.
 */
public final class Answers {

    private static final String OWN_WORDS = "own_words";
    private static final String HELP_SUFFIX = "_help";
    private static final Answers EMPTY = new Answers(Map.of());

    private final Map<String, Object> values;

    private Answers(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** No answers at all: a valid, empty screening. */
    public static Answers empty() {
        return EMPTY;
    }

    /** Answers already normalised by {@link AnswerValidator}. */
    static Answers of(Map<String, Object> normalised) {
        return new Answers(normalised);
    }

    /**
     * Answers read back from {@link #asMap()} after storage (e.g. a JSON round trip): numbers become Integer,
     * lists become sorted lists of strings, null and blank texts are dropped. No validation is done.
     */
    public static Answers restore(Map<String, ?> stored) {
        Map<String, Object> values = new TreeMap<>();
        stored.forEach((id, value) -> {
            Object restored = restoreValue(value);
            if (restored != null) {
                values.put(id, restored);
            }
        });
        return new Answers(values);
    }

    private static Object restoreValue(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text.isBlank() ? null : text;
            case Integer number -> number;
            case Long number -> Math.toIntExact(number);
            case BigInteger number -> number.intValueExact();
            case BigDecimal number -> number.intValueExact();
            case Number number -> number.intValue();
            case Boolean flag -> flag;
            case Collection<?> list -> sortedStrings(list);
            default -> String.valueOf(value);
        };
    }

    static List<String> sortedStrings(Collection<?> list) {
        TreeSet<String> sorted = new TreeSet<>();
        list.forEach(v -> sorted.add(String.valueOf(v)));
        return List.copyOf(sorted);
    }

    public Optional<Object> get(String id) {
        return Optional.ofNullable(values.get(id));
    }

    /** The raw normalised value, or null when not answered. */
    public Object valueOrNull(String id) {
        return values.get(id);
    }

    public boolean isAnswered(String id) {
        return values.containsKey(id);
    }

    /** How many items are answered. */
    public int size() {
        return values.size();
    }

    /** Every answer, keyed by id in sorted order. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** The free texts a resident wrote: {@code own_words} and every {@code *_help} answer. */
    public List<String> freeTexts() {
        List<String> texts = new ArrayList<>();
        values.forEach((id, value) -> {
            if (value instanceof String text && (id.equals(OWN_WORDS) || id.endsWith(HELP_SUFFIX))) {
                texts.add(text);
            }
        });
        return texts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + values.keySet();
    }
}
