package fi.polku.segmentation.rules;

import fi.polku.segmentation.yaml.YamlMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * Parses rule expressions with SpEL and checks each parsed tree; owns the one sandboxed evaluation context: a
 * {@link SimpleEvaluationContext} whose only property accessor reads answers and facts, with the registered functions
 * of {@link RuleFunctions} and no types, constructors, beans, methods or assignment.
 */
final class ExpressionCompiler {

    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final Map<String, ValueType> names = new HashMap<>();
    private final Map<String, List<String>> choices;
    private final EvaluationContext context;

    ExpressionCompiler(Map<String, ValueType> inputs, Map<String, List<String>> choices, Set<String> numericNames) {
        this.names.putAll(inputs);
        this.choices = Map.copyOf(choices);
        SimpleEvaluationContext sandbox = SimpleEvaluationContext.forPropertyAccessors(new ScopeAccessor(numericNames))
                .build();
        RuleFunctions.all().forEach(sandbox::setVariable);
        this.context = sandbox;
    }

    EvaluationContext context() {
        return context;
    }

    boolean knows(String name) {
        return names.containsKey(name);
    }

    /** Makes a fact readable by the expressions compiled after it. */
    void define(String name, ValueType type) {
        names.put(name, type);
    }

    /** Parses and checks an expression; a problem names the file, rule and line of the YAML key. */
    RuleExpression compile(YamlMap at, String key) {
        String source = at.string(key);
        SpelExpression parsed;
        try {
            parsed = parser.parseRaw(source);
        } catch (ParseException e) {
            throw at.error(
                    key,
                    "cannot read '" + source + "': " + e.getSimpleMessage() + " (column " + (e.getPosition() + 1)
                            + ")");
        }
        try {
            ValueType type = new ExpressionChecker(names, choices).check(parsed.getAST());
            return new RuleExpression(source, parsed, type);
        } catch (ExpressionChecker.Refused e) {
            throw at.error(key, "'" + source + "': " + e.getMessage() + " (column " + (e.position + 1) + ")");
        }
    }
}
