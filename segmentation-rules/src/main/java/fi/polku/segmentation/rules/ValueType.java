package fi.polku.segmentation.rules;

/** The type a rule expression node has, checked at load so that a missing answer can never satisfy a criterion. */
enum ValueType {
    /** true or false, never missing: facts, comparisons, and/or/not, functions. */
    BOOLEAN,
    /** A boolean answer: true, false or not answered; usable only with {@code ==} and {@code !=}. */
    ANSWER_BOOLEAN,
    /** A number; a missing numeric answer reads as NaN, so every comparison with it is false. */
    NUMBER,
    /** A string: an enum choice, a text or a municipality slug. */
    TEXT,
    /** The values of a set answer. */
    SET
}
