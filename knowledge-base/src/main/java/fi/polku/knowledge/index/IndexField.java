package fi.polku.knowledge.index;

import fi.polku.segmentation.Language;

/** The analysed text fields of a service, one per language, with the weight a hit in each carries. */
public enum IndexField {
    TITLE(3.0f),
    KEYWORDS(2.2f),
    SUMMARY(1.5f),
    BODY(1.0f);

    public static final String ID = "id";
    public static final String MUNICIPALITY = "municipality";
    public static final String SEGMENT = "segment";
    /** Youngest and oldest age served ({@code IntPoint}s), 0 and {@link Integer#MAX_VALUE} when open. */
    public static final String MIN_AGE = "min_age";

    public static final String MAX_AGE = "max_age";

    private final float boost;

    IndexField(float boost) {
        this.boost = boost;
    }

    public float boost() {
        return boost;
    }

    /** The Lucene field name, e.g. {@code title_sv}. */
    public String name(Language lang) {
        return name().toLowerCase(java.util.Locale.ROOT) + "_" + lang.tag();
    }
}
