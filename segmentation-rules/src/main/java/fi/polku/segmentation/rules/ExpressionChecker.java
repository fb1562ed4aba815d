package fi.polku.segmentation.rules;

import java.util.List;
import java.util.Map;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.BooleanLiteral;
import org.springframework.expression.spel.ast.FunctionReference;
import org.springframework.expression.spel.ast.IntLiteral;
import org.springframework.expression.spel.ast.LongLiteral;
import org.springframework.expression.spel.ast.OpAnd;
import org.springframework.expression.spel.ast.OpEQ;
import org.springframework.expression.spel.ast.OpGE;
import org.springframework.expression.spel.ast.OpGT;
import org.springframework.expression.spel.ast.OpLE;
import org.springframework.expression.spel.ast.OpLT;
import org.springframework.expression.spel.ast.OpMinus;
import org.springframework.expression.spel.ast.OpMultiply;
import org.springframework.expression.spel.ast.OpNE;
import org.springframework.expression.spel.ast.OpOr;
import org.springframework.expression.spel.ast.OpPlus;
import org.springframework.expression.spel.ast.OperatorNot;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.RealLiteral;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.ast.Ternary;

/**
 * Checks a parsed rule expression before it is ever evaluated: every node must be on the allow list (answers,
 * facts, literals, and/or/not, comparisons, + - *, ternary, registered functions), so {@code T(...)}, {@code new},
 * {@code @bean}, assignment and method calls are refused even in a branch never taken. It also infers types, so
 * that a missing answer can only be read in ways where it counts as unknown.
 */
final class ExpressionChecker {

    /** A refused expression, with the character position of the offending node. */
    static final class Refused extends RuntimeException {
        final int position;

        Refused(SpelNode node, String problem) {
            super(problem, null, false, false);
            this.position = node.getStartPosition();
        }
    }

    private final Map<String, ValueType> names;
    private final Map<String, List<String>> choices;

    ExpressionChecker(Map<String, ValueType> names, Map<String, List<String>> choices) {
        this.names = names;
        this.choices = choices;
    }

    /** Refuses forbidden nodes anywhere in the tree, then returns the type of the whole expression. */
    ValueType check(SpelNode root) {
        SandboxNodes.refuseForbidden(root);
        return type(root);
    }

    private ValueType type(SpelNode node) {
        return switch (node) {
            case BooleanLiteral b -> ValueType.BOOLEAN;
            case IntLiteral i -> ValueType.NUMBER;
            case LongLiteral l -> ValueType.NUMBER;
            case RealLiteral r -> ValueType.NUMBER;
            case StringLiteral s -> ValueType.TEXT;
            case PropertyOrFieldReference reference -> name(reference);
            case FunctionReference function -> function(function);
            case OpAnd and -> all(node, ValueType.BOOLEAN, "'and' joins true/false conditions");
            case OpOr or -> all(node, ValueType.BOOLEAN, "'or' joins true/false conditions");
            case OperatorNot not -> all(node, ValueType.BOOLEAN, "'not' takes a true/false condition");
            case OpEQ eq -> equality(node);
            case OpNE ne -> equality(node);
            case OpLT lt -> ordering(node);
            case OpLE le -> ordering(node);
            case OpGT gt -> ordering(node);
            case OpGE ge -> ordering(node);
            case OpPlus plus -> arithmetic(node);
            case OpMinus minus -> arithmetic(node);
            case OpMultiply times -> arithmetic(node);
            case Ternary ternary -> ternary(ternary);
            default -> throw new Refused(node, "'" + node.toStringAST() + "' is not allowed in a rule");
        };
    }

    private ValueType name(PropertyOrFieldReference reference) {
        ValueType type = names.get(reference.getName());
        if (type == null) {
            throw new Refused(reference, "unknown answer id or fact '" + reference.getName() + "'");
        }
        return type;
    }

    private ValueType all(SpelNode node, ValueType expected, String hint) {
        for (int i = 0; i < node.getChildCount(); i++) {
            ValueType type = type(node.getChild(i));
            if (type != expected) {
                String more = type == ValueType.ANSWER_BOOLEAN
                        ? "; write " + node.getChild(i).toStringAST()
                                + " == true, since an unanswered question is unknown"
                        : "";
                throw new Refused(node.getChild(i), hint + more);
            }
        }
        return expected;
    }

    private ValueType equality(SpelNode node) {
        ValueType left = type(node.getChild(0));
        ValueType right = type(node.getChild(1));
        boolean booleans = isBoolean(left) && isBoolean(right);
        if (left != right && !booleans) {
            throw new Refused(node, "'" + node.toStringAST() + "' compares a " + left + " with a " + right);
        }
        if (left == ValueType.SET) {
            throw new Refused(node, "compare a set with #contains(...) or #size(...)");
        }
        checkChoice(node.getChild(0), node.getChild(1));
        checkChoice(node.getChild(1), node.getChild(0));
        return ValueType.BOOLEAN;
    }

    private void checkChoice(SpelNode maybeAnswer, SpelNode maybeLiteral) {
        if (maybeAnswer instanceof PropertyOrFieldReference reference
                && maybeLiteral instanceof StringLiteral literal
                && choices.containsKey(reference.getName())) {
            String value = String.valueOf(literal.getLiteralValue().getValue());
            if (!choices.get(reference.getName()).contains(value)) {
                throw new Refused(
                        literal,
                        "'" + value + "' is not a value of " + reference.getName() + " (allowed: "
                                + String.join(", ", choices.get(reference.getName())) + ")");
            }
        }
    }

    private ValueType ordering(SpelNode node) {
        all(node, ValueType.NUMBER, "'" + node.toStringAST() + "' compares numbers only");
        return ValueType.BOOLEAN;
    }

    private ValueType arithmetic(SpelNode node) {
        return all(node, ValueType.NUMBER, "arithmetic works on numbers only");
    }

    private ValueType ternary(Ternary ternary) {
        if (type(ternary.getChild(0)) != ValueType.BOOLEAN) {
            throw new Refused(ternary, "the condition of '? :' must be true/false");
        }
        ValueType then = type(ternary.getChild(1));
        if (then != type(ternary.getChild(2))) {
            throw new Refused(ternary, "both branches of '? :' must have the same type");
        }
        return then;
    }

    private ValueType function(FunctionReference function) {
        ValueType[] types = new ValueType[function.getChildCount()];
        for (int i = 0; i < types.length; i++) {
            types[i] = type(function.getChild(i));
        }
        return FunctionTypes.type(function, types, this::checkChoice);
    }

    private static boolean isBoolean(ValueType type) {
        return type == ValueType.BOOLEAN || type == ValueType.ANSWER_BOOLEAN;
    }
}
