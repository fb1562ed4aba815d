package fi.polku.segmentation.instrument;

import java.util.Locale;

/** The answer type of an item, as named in screening.md and the questionnaire JSON. */
public enum ItemType {
    INTEGER,
    SCALE,
    BOOLEAN,
    ENUM,
    SET,
    TEXT,
    MUNICIPALITY;

    /** The lower-case name used in the data files and the JSON, e.g. {@code scale}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the types whose answer is an integer. */
    public boolean numeric() {
        return this == INTEGER || this == SCALE;
    }
}
