package fi.polku.assistant.figures;

import org.jspecify.annotations.Nullable;

/**
 * Coarse age bands of the instrument's {@code age} answer (15..70 years, optional): wide enough that a band says
 * little about anyone, and split where services differ (youth guarantee and Sekasin up to 29, the working-age middle,
 * the years nearing retirement).
 */
enum AgeGroup {
    UNDER_30("under-30"),
    FROM_30_TO_49("30-49"),
    FROM_50("50+"),
    UNKNOWN("unknown");

    private final String key;

    AgeGroup(String key) {
        this.key = key;
    }

    /** The band of an age in years; no answer is {@link #UNKNOWN}. */
    static AgeGroup of(@Nullable Integer age) {
        if (age == null) {
            return UNKNOWN;
        }
        return age < 30 ? UNDER_30 : age < 50 ? FROM_30_TO_49 : FROM_50;
    }

    /** The band's key in the figures' JSON. */
    String key() {
        return key;
    }
}
