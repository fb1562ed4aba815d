package fi.polku.knowledge.search;

/** An analysed query term with the weight of its origin (typed, a synonym, a compound part) and its start offset. */
record WeightedTerm(String text, float weight, boolean typed, int start) {

    static final float TYPED = 1.0f;
    static final float SYNONYM = 0.6f;
    static final float COMPOUND_PART = 0.35f;
}
