package fi.polku.assistant.figures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The figures' settings under {@code polku.figures}.
 *
 * @param retention how long a day's counts are kept after the day ends; they hold no personal data, so they outlive
 *     the screenings (7 days) to give a year-on-year view
 * @param defaultDays the period shown when none is asked for: this many days up to today
 * @param maxDays the longest period one request may ask for
 * @param complementarySuppression whether a second cell of a dimension is hidden when a lone {@code "<5"} cell could
 *     be worked out from the total (as statistics offices do); off by default, because the API contract shows every
 *     count of 5 or more as a number and only counts under 5 as {@code "<5"}
 */
@ConfigurationProperties("polku.figures")
public record FigureSettings(
        @DefaultValue("400d") Duration retention,
        @DefaultValue("30") int defaultDays,
        @DefaultValue("366") int maxDays,
        @DefaultValue("false") boolean complementarySuppression) {

    /** When a day's counts are forgotten: the retention after the day's end in Finland. */
    public Instant keptUntil(LocalDate day) {
        return day.plusDays(1).atStartOfDay(FigureStore.ZONE).toInstant().plus(retention);
    }
}
