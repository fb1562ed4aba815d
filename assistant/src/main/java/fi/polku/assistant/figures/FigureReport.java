package fi.polku.assistant.figures;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a period as {@code GET /api/stats} answers them. A count is a number (0, or 5 and more), {@code
 * "<5"} for 1-4, or {@code "hidden"} where a small count beside it could otherwise be worked out from the total
 * ({@link SmallCells}).
 *
 * @param source the one source the figures are limited to (a partner's own), or null for all sources
 * @param total screenings completed
 * @param bySource screenings by source: partner codes, {@code other} (an unknown code), {@code direct} (no link)
 * @param byAgeGroup screenings by age band ({@link AgeGroup})
 * @param bySegment screenings by the segment decided
 * @param byTarget screenings by the booking target they lead to ({@code NONE} when none)
 * @param bookings bookings made
 * @param byOutcome referrals reaching a status for the first time, and first-meeting outcomes
 */
public record FigureReport(
        String from,
        String to,
        @Nullable String source,
        Object total,
        Map<String, Object> bySource,
        Map<String, Object> byAgeGroup,
        Map<String, Object> bySegment,
        Map<String, Object> byTarget,
        Bookings bookings,
        Map<String, Object> byOutcome) {

    /**
     * Bookings made in the period, by source and by target, and bookings cancelled in the period (a booking made
     * and cancelled stays among those made).
     */
    public record Bookings(
            Object total, Map<String, Object> bySource, Map<String, Object> byTarget, Object cancelled) {}
}
