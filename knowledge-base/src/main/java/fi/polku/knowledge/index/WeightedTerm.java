package fi.polku.knowledge.index;

/** An analysed query term with the weight of its origin (typed, a synonym, a compound part) and its start offset. */
public record WeightedTerm(String text, float weight, boolean typed, int start) {

    public static final float TYPED = 1.0f;
    public static final float SYNONYM = 0.6f;
    public static final float COMPOUND_PART = 0.35f;
}
