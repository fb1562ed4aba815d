package fi.polku.segmentation;

import org.jspecify.annotations.Nullable;

/** The next step that segmentation decides, with the booking target it implies (screening.md, Segments). */
public enum Segment {
    URGENT_HELP(null),
    WORK_ABILITY_TEAM(BookingTarget.WORK_ABILITY_TEAM),
    SERVICE_GUIDANCE(BookingTarget.SERVICE_GUIDANCE),
    SELF_SERVICE(null);

    private final @Nullable BookingTarget bookingTarget;

    Segment(@Nullable BookingTarget bookingTarget) {
        this.bookingTarget = bookingTarget;
    }

    /** The booking target this segment leads to, or null when no booking is forced. */
    public @Nullable BookingTarget bookingTarget() {
        return bookingTarget;
    }
}
