package fi.polku.segmentation.rules;

import java.util.Locale;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.FunctionReference;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;

/** The signatures of the registered rule functions ({@code #countTrue}, {@code #size}, ...): argument and result types. */
final class FunctionTypes {

    /** Checks that a literal is a value the answer it is compared with can have. */
    interface ChoiceCheck {
        void check(SpelNode maybeAnswer, SpelNode maybeLiteral);
    }

    private FunctionTypes() {}

    /** The result type of a call whose arguments have these types; refuses unknown functions and wrong arguments. */
    static ValueType type(FunctionReference function, ValueType[] types, ChoiceCheck choices) {
        String name = functionName(function);
        int arguments = types.length;
        return switch (name) {
            case "countTrue" -> {
                for (int i = 0; i < arguments; i++) {
                    if (types[i] != ValueType.BOOLEAN) {
                        throw new ExpressionChecker.Refused(function.getChild(i), "#countTrue counts true/false facts");
                    }
                }
                yield ValueType.NUMBER;
            }
            case "size" -> expect(function, types, ValueType.NUMBER, ValueType.SET);
            case "contains" -> expect(function, types, ValueType.BOOLEAN, ValueType.SET, ValueType.TEXT);
            case "answered" -> {
                if (arguments != 1 || !(function.getChild(0) instanceof PropertyOrFieldReference)) {
                    throw new ExpressionChecker.Refused(function, "#answered takes one answer id");
                }
                yield ValueType.BOOLEAN;
            }
            case "oneOf" -> {
                for (int i = 0; i < arguments; i++) {
                    if (types[i] != ValueType.TEXT) {
                        throw new ExpressionChecker.Refused(
                                function, "#oneOf takes an answer and the values it may have");
                    }
                    if (i > 0) {
                        choices.check(function.getChild(0), function.getChild(i));
                    }
                }
                yield ValueType.BOOLEAN;
            }
            default ->
                throw new ExpressionChecker.Refused(
                        function,
                        "unknown function #" + name + " (registered: #countTrue, #size, #contains, #answered, #oneOf)");
        };
    }

    private static ValueType expect(
            FunctionReference function, ValueType[] actual, ValueType result, ValueType... wanted) {
        if (actual.length != wanted.length) {
            throw new ExpressionChecker.Refused(
                    function, "#" + functionName(function) + " takes " + wanted.length + " argument(s)");
        }
        for (int i = 0; i < wanted.length; i++) {
            if (actual[i] != wanted[i]) {
                throw new ExpressionChecker.Refused(
                        function.getChild(i),
                        "#" + functionName(function) + " argument " + (i + 1) + " must be a "
                                + wanted[i].name().toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    private static String functionName(FunctionReference function) {
        String ast = function.toStringAST();
        int paren = ast.indexOf('(');
        return ast.substring(1, paren < 0 ? ast.length() : paren);
    }
}
