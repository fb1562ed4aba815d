package fi.polku.segmentation.rules;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Segment;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A test case of the rule folder: raw answers and the expected segment, and optionally the expected booking target
 * ({@code expectTarget} tells whether one was given, since null is a valid expectation), deciding rule and facts.
 */
record RuleCase(
        String name,
        String file,
        int line,
        Map<String, @Nullable Object> answers,
        Segment segment,
        boolean expectTarget,
        @Nullable BookingTarget bookingTarget,
        @Nullable String rule,
        Map<String, Object> facts) {}
