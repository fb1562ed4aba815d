package fi.polku.segmentation.rules;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;

/**
 * The functions a rule may call, registered by name in the sandbox. Each treats a missing answer as unknown: it
 * is never counted, never contains anything and is never answered.
 */
final class RuleFunctions {

    private RuleFunctions() {}

    /** How many of the given facts are true: {@code #countTrue(a, b, c)}. */
    public static int countTrue(Object... values) {
        int count = 0;
        for (Object value : values) {
            if (Boolean.TRUE.equals(value)) {
                count++;
            }
        }
        return count;
    }

    /** How many values a set answer has; 0 when not answered: {@code #size(support_areas)}. */
    public static int size(Object set) {
        return set instanceof Collection<?> values ? values.size() : 0;
    }

    /** Whether a set answer contains a value: {@code #contains(current_services, 'none')}. */
    public static boolean contains(Object set, String value) {
        return set instanceof Collection<?> values && values.contains(value);
    }

    /** Whether an answer was given: {@code #answered(work_ability)}. */
    public static boolean answered(Object value) {
        return value != null && !(value instanceof Double number && number.isNaN());
    }

    /** Whether an answer is one of the values: {@code #oneOf(goal, 'work', 'studies')}; false when not answered. */
    public static boolean oneOf(Object value, String... values) {
        for (String candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The registered functions by name. */
    static Map<String, Method> all() {
        try {
            return Map.of(
                    "countTrue", RuleFunctions.class.getMethod("countTrue", Object[].class),
                    "size", RuleFunctions.class.getMethod("size", Object.class),
                    "contains", RuleFunctions.class.getMethod("contains", Object.class, String.class),
                    "answered", RuleFunctions.class.getMethod("answered", Object.class),
                    "oneOf", RuleFunctions.class.getMethod("oneOf", Object.class, String[].class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
