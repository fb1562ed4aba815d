package fi.polku.segmentation;

import java.util.Locale;

/** An area of the functioning profile; {@link #OVERALL} is the single work-ability item (screening.md). */
public enum ProfileArea {
    OVERALL,
    BODY,
    MIND,
    EVERYDAY_LIFE,
    SKILLS,
    INCLUSION;

    /** The id used in the API and data files, e.g. {@code everyday_life}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProfileArea fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
