package fi.polku.knowledge.index;

/** An analysed query term with its origin (typed, a synonym, a compound part), which sets its weight, and its start. */
public record WeightedTerm(String text, Origin origin, int start) {

    public static final float TYPED = 1.0f;
    public static final float SYNONYM = 0.6f;
    public static final float COMPOUND_PART = 0.35f;

    /** Where a term comes from; each compound part and each synonym carries the offsets of the typed word. */
    public enum Origin {
        /** The word as typed (stemmed and folded). */
        TYPED(WeightedTerm.TYPED),
        /** A synonym of the typed word. */
        SYNONYM(WeightedTerm.SYNONYM),
        /** A part found inside the typed word (e.g. {@code tyo} in {@code tyokokeilu}). */
        COMPOUND_PART(WeightedTerm.COMPOUND_PART),
        /** A synonym of a compound part: weighted as a synonym, but it does not show that the typed word is known. */
        PART_SYNONYM(WeightedTerm.SYNONYM);

        private final float weight;

        Origin(float weight) {
            this.weight = weight;
        }

        public float weight() {
            return weight;
        }
    }

    public float weight() {
        return origin.weight();
    }

    public boolean typed() {
        return origin == Origin.TYPED;
    }

    /** True for the typed word and its synonyms: when one of them is in the index, the word is not a typo. */
    public boolean ofTheWord() {
        return origin == Origin.TYPED || origin == Origin.SYNONYM;
    }
}
