package fi.polku.assistant.referral;

import fi.polku.segmentation.BookingTarget;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A staff member moved a referral to another status. Carries no ids, names or notes, only what figures count.
 *
 * @param firstTime true when the referral had never had this status before (a reopened and closed-again referral
 *     reaches CLOSED once)
 */
public record ReferralStatusChanged(
        BookingTarget target, @Nullable String source, ReferralStatus status, boolean firstTime, Instant at) {}
