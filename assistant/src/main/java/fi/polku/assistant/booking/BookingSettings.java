package fi.polku.assistant.booking;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Booking settings under {@code polku.booking}.
 *
 * @param calendars where the calendars come from ({@code polku.booking.calendars.path}: a file instead of the bundled
 *     {@code booking/calendars.yml})
 * @param hold how long a chosen slot is held while the form is filled in
 * @param holdExtensions how many times a resident may extend a hold (WCAG 2.2.1 asks for at least ten)
 * @param minNotice how soon a slot may start at the earliest, counted from now
 * @param maxDays how many days one slot query may span
 * @param retention how long a booking (with its contact details) is kept after its appointment ended
 * @param idempotencyExpiry how long an {@code Idempotency-Key} returns the booking it made
 * @param alternatives how many next free slots a 409 offers
 */
@ConfigurationProperties("polku.booking")
public record BookingSettings(
        @DefaultValue Calendars calendars,
        @DefaultValue("5m") Duration hold,
        @DefaultValue("20") int holdExtensions,
        @DefaultValue("2h") Duration minNotice,
        @DefaultValue("60") int maxDays,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("24h") Duration idempotencyExpiry,
        @DefaultValue("3") int alternatives) {

    /** The defaults, for tests and tools. */
    public static BookingSettings defaults() {
        return new BookingSettings(
                new Calendars(null),
                Duration.ofMinutes(5),
                20,
                Duration.ofHours(2),
                60,
                Duration.ofDays(90),
                Duration.ofHours(24),
                3);
    }

    /** @param path a calendars file; null for the bundled one */
    public record Calendars(@Nullable Path path) {}
}
