package fi.polku.assistant.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of the first meeting on a referral, recorded by a staff member: whether the resident came and whether
 * the segment the rules chose fitted what the meeting found (the figure that tells whether the rules work).
 *
 * @param segmentFit null when the resident did not come (nothing to judge)
 * @param note free text of the staff member, never audited or logged
 */
public record MeetingOutcome(
        boolean attended,
        @Nullable SegmentFit segmentFit,
        @Nullable String note,
        Instant at,
        String author) {

    /** Did the segment fit. */
    public enum SegmentFit {
        YES,
        NO,
        PARTLY
    }
}
