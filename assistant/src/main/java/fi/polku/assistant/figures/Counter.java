package fi.polku.assistant.figures;

import org.jspecify.annotations.Nullable;

/**
 * What one count counts: a measure's total ({@code screenings}), or one cell of a dimension
 * ({@code screenings.segment.WORK_ABILITY_TEAM}). The name is how a store keeps it.
 */
record Counter(
        Measure measure,
        @Nullable String dimension,
        @Nullable String cell) {

    static final String AGE = "age";
    static final String SEGMENT = "segment";
    static final String TARGET = "target";
    static final String CRISIS = "crisis";
    static final String STATUS = "status";
    static final String MEETING = "meeting";
    static final String FIT = "fit";
    static final String CANCELLED = "cancelled";

    static Counter total(Measure measure) {
        return new Counter(measure, null, null);
    }

    static Counter cell(Measure measure, String dimension, String cell) {
        return new Counter(measure, dimension, cell);
    }

    String name() {
        return dimension == null ? measure.key() : measure.key() + "." + dimension + "." + cell;
    }

    /** The counter of a stored name, or null for a name this version does not know. */
    static @Nullable Counter parse(String name) {
        String[] parts = name.split("\\.", 3);
        Measure measure = Measure.of(parts[0]);
        if (measure == null || parts.length == 2) {
            return null;
        }
        return parts.length == 1 ? total(measure) : cell(measure, parts[1], parts[2]);
    }

    /** What is counted. */
    enum Measure {
        SCREENINGS("screenings"),
        BOOKINGS("bookings"),
        REFERRALS("referrals");

        private final String key;

        Measure(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        static @Nullable Measure of(String key) {
            for (Measure measure : values()) {
                if (measure.key.equals(key)) {
                    return measure;
                }
            }
            return null;
        }
    }
}
