package fi.polku.assistant.referral;

import fi.polku.segmentation.BookingTarget;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A staff member recorded the first meeting's outcome, possibly replacing an earlier one. Carries no ids, names or
 * notes, only what figures count.
 *
 * @param replaced the outcome recorded before (which a count of outcomes takes back), or null
 */
public record MeetingOutcomeRecorded(
        BookingTarget target,
        @Nullable String source,
        Result result,
        @Nullable Result replaced,
        Instant at) {

    /** What a meeting outcome says, without its note or author, and when it was recorded. */
    public record Result(boolean attended, MeetingOutcome.@Nullable SegmentFit segmentFit, Instant at) {

        static Result of(MeetingOutcome outcome) {
            return new Result(outcome.attended(), outcome.segmentFit(), outcome.at());
        }
    }
}
