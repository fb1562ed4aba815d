package fi.polku.knowledge.search;

/** An analysed query term with the weight of its origin: typed, a synonym, or a part of a compound. */
record WeightedTerm(String text, float weight, boolean typed) {

    static final float TYPED = 1.0f;
    static final float SYNONYM = 0.6f;
    static final float COMPOUND_PART = 0.35f;
}
