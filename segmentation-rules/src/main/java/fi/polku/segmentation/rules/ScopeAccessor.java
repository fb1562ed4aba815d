package fi.polku.segmentation.rules;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * The only property accessor of the rule sandbox: reads names from a {@link Scope} and nothing else, never writes.
 * A missing numeric answer reads as NaN, so {@code work_ability <= 5} is false when work ability is not answered
 * (SpEL itself orders null below every number).
 */
final class ScopeAccessor implements PropertyAccessor {

    private static final TypedValue UNKNOWN_NUMBER = new TypedValue(Double.NaN);

    private final Set<String> numericNames;

    ScopeAccessor(Set<String> numericNames) {
        this.numericNames = Set.copyOf(numericNames);
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return new Class<?>[] {Scope.class};
    }

    @Override
    public boolean canRead(EvaluationContext context, @Nullable Object target, String name) {
        return target instanceof Scope;
    }

    @Override
    public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
        if (!(target instanceof Scope scope)) {
            throw new AccessException("rules read only answers and facts");
        }
        Object value = scope.values().get(name);
        if (value == null) {
            return numericNames.contains(name) ? UNKNOWN_NUMBER : TypedValue.NULL;
        }
        return new TypedValue(value);
    }

    @Override
    public boolean canWrite(EvaluationContext context, @Nullable Object target, String name) {
        return false;
    }

    @Override
    public void write(EvaluationContext context, @Nullable Object target, String name, @Nullable Object newValue)
            throws AccessException {
        throw new AccessException("rules cannot change answers or facts");
    }
}
