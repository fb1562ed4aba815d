package fi.polku.assistant.screening;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Segment;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Published when a screening is decided and saved; carries no answers or ids, only what figures count. */
public record ScreeningCompleted(
        Segment segment,
        @Nullable BookingTarget bookingTarget,
        boolean crisis,
        @Nullable String source,
        Instant at) {}
