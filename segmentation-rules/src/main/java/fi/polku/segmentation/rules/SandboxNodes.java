package fi.polku.segmentation.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.Assign;
import org.springframework.expression.spel.ast.BeanReference;
import org.springframework.expression.spel.ast.ConstructorReference;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.TypeReference;
import org.springframework.expression.spel.ast.VariableReference;

/**
 * The sandbox's deny list, applied to the whole parsed tree before any typing: type references, constructors,
 * bean references, assignment, method calls and variables are refused even in a branch never taken.
 */
final class SandboxNodes {

    private SandboxNodes() {}

    /** Refuses the first forbidden node found, depth first, naming what it is. */
    static void refuseForbidden(SpelNode node) {
        String forbidden = forbidden(node);
        for (int i = 0; i < node.getChildCount(); i++) {
            refuseForbidden(node.getChild(i));
        }
        if (forbidden != null) {
            throw new ExpressionChecker.Refused(node, forbidden + " is not allowed in a rule");
        }
    }

    private static @Nullable String forbidden(SpelNode node) {
        return switch (node) {
            case TypeReference t -> "a type reference T(...)";
            case ConstructorReference c -> "a constructor call (new ...)";
            case BeanReference b -> "a bean reference (@...)";
            case Assign a -> "an assignment (=)";
            case MethodReference m -> "a method call (." + m.getName() + "(...))";
            case VariableReference v -> "a variable (" + v.toStringAST() + ")";
            default -> null;
        };
    }
}
