package fi.polku.segmentation.rules;

/** A derived fact: an expression over answers and earlier facts, the criterion it implements, and where it is. */
record FactDefinition(
        String id, String description, String implementsCriterion, RuleExpression expression, String file, int line) {}
