package fi.polku.knowledge.search;

import fi.polku.segmentation.Language;

/** The analysed text fields of a service, one per language, with the weight a hit in each carries. */
enum IndexField {
    TITLE(3.0f),
    KEYWORDS(2.2f),
    SUMMARY(1.5f),
    BODY(1.0f);

    static final String ID = "id";
    static final String MUNICIPALITY = "municipality";
    static final String SEGMENT = "segment";

    private final float boost;

    IndexField(float boost) {
        this.boost = boost;
    }

    float boost() {
        return boost;
    }

    /** The Lucene field name, e.g. {@code title_sv}. */
    String name(Language lang) {
        return name().toLowerCase(java.util.Locale.ROOT) + "_" + lang.tag();
    }
}
