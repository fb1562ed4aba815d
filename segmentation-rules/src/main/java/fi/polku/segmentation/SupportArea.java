package fi.polku.segmentation;

import java.util.Locale;

/** An area where a resident wants help now: the values of the {@code support_areas} answer (screening.md). */
public enum SupportArea {
    HEALTH,
    MENTAL_WELLBEING,
    SUBSTANCE_USE,
    FINANCES,
    HOUSING,
    EDUCATION,
    JOB_SEARCH,
    DAILY_LIFE,
    RELATIONSHIPS;

    /** The id used in answers and data files, e.g. {@code mental_wellbeing}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SupportArea fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
