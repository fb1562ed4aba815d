package fi.polku.segmentation.rules;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Segment;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The outcome of segmentation: segment, booking target, reasons, crisis flag, rule-set version and facts. */
public record Decision(
        Segment segment,
        @Nullable BookingTarget bookingTarget,
        List<Reason> reasons,
        boolean crisis,
        String rulesVersion,
        Map<String, Object> facts) {

    public Decision {
        reasons = List.copyOf(reasons);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
