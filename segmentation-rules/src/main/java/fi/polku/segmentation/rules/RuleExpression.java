package fi.polku.segmentation.rules;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;

/** A rule expression parsed and checked once at load, evaluated against a {@link Scope} many times. */
record RuleExpression(String source, Expression parsed, ValueType type) {

    /** The boolean value; false when evaluation fails, since a criterion that cannot be decided is not met. */
    boolean test(EvaluationContext context, Scope scope) {
        try {
            return Boolean.TRUE.equals(parsed.getValue(context, scope, Boolean.class));
        } catch (EvaluationException e) {
            return false;
        }
    }

    /** The value of a fact: a Boolean (never null) or an Integer (0 when not computable). */
    Object value(EvaluationContext context, Scope scope) {
        if (type == ValueType.BOOLEAN) {
            return test(context, scope);
        }
        try {
            Object value = parsed.getValue(context, scope);
            if (value instanceof Number number && !Double.isNaN(number.doubleValue())) {
                return number.intValue();
            }
        } catch (EvaluationException e) {
            // Unknown, like a missing answer: the fact is 0.
        }
        return 0;
    }
}
