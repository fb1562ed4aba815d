package fi.polku.segmentation.instrument;

import fi.polku.segmentation.Language;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks raw answers (as Jackson read them from JSON) strictly against the instrument, collecting every error: JSON
 * integers only for numbers, JSON booleans only, listed strings for enums and sets, texts counted in code points.
 */
public final class AnswerValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{2,40}");
    private static final String HELP_SUFFIX = "_help";

    private final Instrument instrument;
    // The allowed values of each enum and set item, looked up per answer.
    private final Map<String, Set<String>> allowed = new HashMap<>();

    public AnswerValidator(Instrument instrument) {
        this.instrument = instrument;
        instrument.items().forEach((id, item) -> allowed.put(id, Set.copyOf(item.values())));
    }

    /** Validates and normalises the answers; error messages are worded in the given language. */
    public AnswerCheck check(Map<String, ?> rawAnswers, Language lang) {
        Map<String, Object> accepted = new HashMap<>();
        List<AnswerError> errors = new ArrayList<>();
        rawAnswers.forEach((id, raw) -> {
            Item item = instrument.items().get(id);
            if (item == null) {
                errors.add(unknown(id, lang));
                return;
            }
            try {
                Object value = normalise(item, raw);
                if (value != null) {
                    accepted.put(id, value);
                }
            } catch (Rejected rejected) {
                errors.add(new AnswerError(id, ValidationMessages.format(lang, rejected.key, rejected.arguments)));
            }
        });
        return new AnswerCheck(Answers.of(accepted), errors);
    }

    private AnswerError unknown(String id, Language lang) {
        boolean helpOfKnownItem = id.endsWith(HELP_SUFFIX)
                && instrument.items().containsKey(id.substring(0, id.length() - HELP_SUFFIX.length()));
        String key = helpOfKnownItem ? "answer.help_only_profile" : "answer.unknown";
        return new AnswerError(id, ValidationMessages.format(lang, key, id));
    }

    private @Nullable Object normalise(Item item, @Nullable Object raw) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return null;
        }
        return switch (item.type()) {
            case INTEGER, SCALE -> integer(item, raw);
            case BOOLEAN -> {
                if (raw instanceof Boolean flag) {
                    yield flag;
                }
                throw new Rejected(item, "answer.boolean");
            }
            case ENUM -> {
                if (raw instanceof String value && allowed.get(item.id()).contains(value)) {
                    yield value;
                }
                throw new Rejected(item, "answer.enum", String.join(", ", item.values()));
            }
            case SET -> set(item, raw);
            case TEXT -> text(item, raw);
            case MUNICIPALITY -> {
                if (raw instanceof String slug && SLUG.matcher(slug).matches()) {
                    yield slug;
                }
                throw new Rejected(item, "answer.municipality");
            }
        };
    }

    private static Integer integer(Item item, Object raw) {
        // Only JSON integers: Jackson gives Integer, Long or BigInteger for them, Double or BigDecimal for decimals.
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            long value = ((Number) raw).longValue();
            if (value >= item.min() && value <= item.max()) {
                return (int) value;
            }
        } else if (raw instanceof BigInteger value
                && value.compareTo(BigInteger.valueOf(item.min())) >= 0
                && value.compareTo(BigInteger.valueOf(item.max())) <= 0) {
            return value.intValue();
        }
        throw new Rejected(item, "answer.integer", item.min(), item.max());
    }

    private @Nullable List<String> set(Item item, Object raw) {
        if (!(raw instanceof List<?> list)) {
            throw new Rejected(item, "answer.set", String.join(", ", item.values()));
        }
        TreeSet<String> values = new TreeSet<>();
        for (Object member : list) {
            if (!(member instanceof String value) || !allowed.get(item.id()).contains(value)) {
                throw new Rejected(item, "answer.set", String.join(", ", item.values()));
            }
            values.add(value);
        }
        for (String exclusive : item.exclusive()) {
            if (values.contains(exclusive) && values.size() > 1) {
                throw new Rejected(item, "answer.exclusive", exclusive);
            }
        }
        return values.isEmpty() ? null : List.copyOf(values);
    }

    private static String text(Item item, Object raw) {
        if (raw instanceof String text) {
            String stripped = text.strip();
            if (stripped.codePointCount(0, stripped.length()) <= item.maxLength()) {
                return stripped;
            }
        }
        throw new Rejected(item, "answer.text", item.maxLength());
    }

    /** One rejected answer; unwinds the type switch and carries the message key. */
    private static final class Rejected extends RuntimeException {
        private final String key;
        private final Object[] arguments;

        Rejected(Item item, String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            Object[] all = new Object[arguments.length + 1];
            all[0] = item.id();
            System.arraycopy(arguments, 0, all, 1, arguments.length);
            this.arguments = all;
        }
    }
}
