package fi.polku.segmentation.rules;

import fi.polku.segmentation.LocalizedText;
import fi.polku.segmentation.Segment;
import java.util.List;

/** A decision rule: when its condition holds (first match by order wins) it gives a segment and a reason. */
record DecisionRule(
        String id,
        int order,
        RuleExpression when,
        Segment segment,
        LocalizedText reason,
        List<String> facts,
        String file,
        int line) {

    DecisionRule {
        facts = List.copyOf(facts);
    }

    /** Whether the condition is the literal {@code true}: a catch-all after which no rule is reachable. */
    boolean catchAll() {
        return when.source().strip().equals("true");
    }
}
