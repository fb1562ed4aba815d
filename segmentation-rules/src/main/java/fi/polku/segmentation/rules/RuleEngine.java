package fi.polku.segmentation.rules;

import fi.polku.segmentation.Segment;
import fi.polku.segmentation.instrument.Answers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.expression.EvaluationContext;

/** Derives the facts of one screening in order, then applies the decision rules: first match wins. */
final class RuleEngine {

    /** Engine input: whether any free text of the screening expresses a crisis. */
    static final String TEXT_CRISIS = "text_crisis";
    /**
     * Engine input: whether the learned second signal flags a free text that the phrase lists did not flag (only
     * computed when no text is flagged by them).
     */
    static final String TEXT_CRISIS_LEARNED = "text_crisis_learned";
    /** Engine input: how many questions were answered. */
    static final String ANSWERED_COUNT = "answered_count";

    /** A decision with the rule that made it. */
    record Outcome(Decision decision, String rule) {}

    private final List<FactDefinition> facts;
    private final List<DecisionRule> rules;
    private final EvaluationContext context;
    private final String version;

    RuleEngine(List<FactDefinition> facts, List<DecisionRule> rules, EvaluationContext context, String version) {
        this.facts = List.copyOf(facts);
        this.rules = List.copyOf(rules);
        this.context = context;
        this.version = version;
    }

    Outcome decide(Answers answers, boolean textCrisis, boolean textCrisisLearned) {
        Map<String, Object> values = new HashMap<>(answers.asMap());
        values.put(TEXT_CRISIS, textCrisis);
        values.put(TEXT_CRISIS_LEARNED, textCrisisLearned);
        values.put(ANSWERED_COUNT, answers.size());
        Scope scope = new Scope(values);
        Map<String, Object> derived = new LinkedHashMap<>();
        for (FactDefinition fact : facts) {
            Object value = fact.expression().value(context, scope);
            values.put(fact.id(), value);
            derived.put(fact.id(), value);
        }
        for (DecisionRule rule : rules) {
            if (rule.when().test(context, scope)) {
                Reason reason = new Reason(rule.id(), rule.reason().asMap(), namedFacts(rule, derived));
                Segment segment = rule.segment();
                Decision decision = new Decision(
                        segment,
                        segment.bookingTarget(),
                        List.of(reason),
                        segment == Segment.URGENT_HELP,
                        version,
                        derived);
                return new Outcome(decision, rule.id());
            }
        }
        // Unreachable: loading insists that the last rule is a catch-all.
        throw new IllegalStateException("no decision rule matched");
    }

    /** The facts a reason names: those listed that hold (true or a count); all listed when none holds. */
    private static List<String> namedFacts(DecisionRule rule, Map<String, Object> derived) {
        List<String> holding = new ArrayList<>();
        for (String fact : rule.facts()) {
            if (!Boolean.FALSE.equals(derived.get(fact))) {
                holding.add(fact);
            }
        }
        return holding.isEmpty() ? rule.facts() : holding;
    }
}
