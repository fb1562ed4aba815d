package fi.polku.assistant.screening;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Segment;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published when a screening is decided and saved; carries no ids, texts or contact data, only what figures count.
 *
 * @param age the age answer in years when given (figures count it in coarse bands and never store it)
 */
public record ScreeningCompleted(
        Segment segment,
        @Nullable BookingTarget bookingTarget,
        boolean crisis,
        @Nullable String source,
        @Nullable Integer age,
        Instant at) {}
