package fi.polku.segmentation.rules;

import fi.polku.segmentation.Segment;
import fi.polku.segmentation.yaml.YamlMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the fact files and decision-rule files, compiling every expression once and checking the rule set. */
final class LogicReader {

    private static final Set<String> FACT_KEYS = Set.of("id", "description", "implements", "expression");
    private static final Set<String> RULE_KEYS =
            Set.of("id", "order", "when", "segment", "reason", "facts", "implements");

    private final ExpressionCompiler compiler;
    private final List<FactDefinition> facts = new ArrayList<>();
    private final List<DecisionRule> rules = new ArrayList<>();
    private final Map<String, String> factIds = new HashMap<>();

    LogicReader(ExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    void readFacts(YamlMap file) {
        file.allowOnly(Set.of("facts"));
        for (YamlMap entry : file.maps("facts")) {
            YamlMap fact = entry.named(entry.string("id")).allowOnly(FACT_KEYS);
            String id = fact.string("id");
            if (compiler.knows(id)) {
                throw fact.error("id", "'" + id + "' is already an answer id, engine input or fact");
            }
            RuleExpression expression = compiler.compile(fact, "expression");
            if (expression.type() != ValueType.BOOLEAN && expression.type() != ValueType.NUMBER) {
                throw fact.error("expression", "a fact must be true/false or a number");
            }
            compiler.define(id, expression.type());
            factIds.put(id, file.file());
            facts.add(new FactDefinition(
                    id, fact.string("description"), fact.string("implements"), expression, file.file(), fact.line()));
        }
    }

    void readRules(YamlMap file) {
        file.allowOnly(Set.of("rules"));
        for (YamlMap entry : file.maps("rules")) {
            String id = entry.string("id");
            YamlMap rule = entry.named(id).allowOnly(RULE_KEYS);
            if (rules.stream().anyMatch(r -> r.id().equals(id))) {
                throw rule.error("id", "duplicate rule id '" + id + "'");
            }
            RuleExpression when = compiler.compile(rule, "when");
            if (when.type() != ValueType.BOOLEAN) {
                throw rule.error("when", "a rule condition must be true/false");
            }
            List<String> named = rule.strings("facts");
            for (String fact : named) {
                if (!factIds.containsKey(fact)) {
                    throw rule.error("facts", "the reason names an unknown fact '" + fact + "'");
                }
            }
            rules.add(new DecisionRule(
                    id,
                    rule.integer("order"),
                    when,
                    segment(rule),
                    rule.text("reason"),
                    named,
                    file.file(),
                    rule.line()));
        }
    }

    private static Segment segment(YamlMap rule) {
        String name = rule.string("segment");
        try {
            return Segment.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw rule.error(
                    "segment",
                    "unknown segment '" + name + "' (allowed: URGENT_HELP, WORK_ABILITY_TEAM, "
                            + "SERVICE_GUIDANCE, SELF_SERVICE)");
        }
    }

    ExpressionCompiler compiler() {
        return compiler;
    }

    List<FactDefinition> facts() {
        return List.copyOf(facts);
    }

    /** The rules in decision order, after checking order numbers, the catch-all and that every segment is reachable. */
    List<DecisionRule> rules(String rulesFile) {
        List<DecisionRule> ordered = new ArrayList<>(rules);
        ordered.sort(Comparator.comparingInt(DecisionRule::order));
        if (ordered.isEmpty()) {
            throw new RuleBookException(rulesFile, null, 0, "there are no decision rules");
        }
        for (int i = 1; i < ordered.size(); i++) {
            DecisionRule previous = ordered.get(i - 1);
            DecisionRule rule = ordered.get(i);
            if (previous.order() == rule.order()) {
                throw new RuleBookException(
                        rule.file(),
                        rule.id(),
                        rule.line(),
                        "order " + rule.order() + " is also used by rule " + previous.id());
            }
            if (previous.catchAll()) {
                throw new RuleBookException(
                        rule.file(),
                        rule.id(),
                        rule.line(),
                        "unreachable: rule " + previous.id() + " before it always matches");
            }
        }
        DecisionRule last = ordered.getLast();
        if (!last.catchAll()) {
            throw new RuleBookException(
                    last.file(),
                    last.id(),
                    last.line(),
                    "the last rule must have the condition 'true', so that every screening gets a segment");
        }
        Set<Segment> unreached = EnumSet.allOf(Segment.class);
        ordered.forEach(r -> unreached.remove(r.segment()));
        if (!unreached.isEmpty()) {
            throw new RuleBookException(
                    last.file(),
                    last.id(),
                    last.line(),
                    "unreachable segment(s) " + unreached + ": no rule up to this catch-all gives them");
        }
        return List.copyOf(ordered);
    }
}
