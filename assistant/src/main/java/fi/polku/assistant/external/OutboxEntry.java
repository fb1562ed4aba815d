package fi.polku.assistant.external;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One delivery still owed to the external booking system. It names the booking only by its random id, so the outbox
 * holds no personal data; the booking is read again when the delivery is made.
 *
 * @param attempts how many deliveries failed so far
 * @param nextAttempt when the next delivery is due
 * @param lastFailure the kind of the last failure (an exception's message, never a body), or null
 * @param parked true when retrying stopped and the entry waits for a person (a rejection or too many attempts)
 */
public record OutboxEntry(
        String bookingId,
        Kind kind,
        int attempts,
        Instant nextAttempt,
        @Nullable String lastFailure,
        boolean parked) {

    /** What is delivered. */
    public enum Kind {
        CREATE,
        CANCEL
    }

    /** A new delivery, due now. */
    public static OutboxEntry due(String bookingId, Kind kind, Instant now) {
        return new OutboxEntry(bookingId, kind, 0, now, null, false);
    }

    /** The delivery key: one entry per booking and kind, so the same delivery is never queued twice. */
    public String key() {
        return bookingId + ":" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** After a failed attempt: due again at {@code next}. */
    public OutboxEntry failed(String failure, Instant next) {
        return new OutboxEntry(bookingId, kind, attempts + 1, next, failure, false);
    }

    /** After a failure that retrying will not mend. */
    public OutboxEntry parked(String failure) {
        return new OutboxEntry(bookingId, kind, attempts + 1, nextAttempt, failure, true);
    }
}
