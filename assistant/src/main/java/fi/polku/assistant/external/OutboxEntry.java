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
 * @param lastAttempt when the last failed attempt was made, or null before any
 */
public record OutboxEntry(
        String bookingId,
        Kind kind,
        int attempts,
        Instant nextAttempt,
        @Nullable String lastFailure,
        boolean parked,
        @Nullable Instant lastAttempt) {

    /** What is delivered. */
    public enum Kind {
        CREATE,
        CANCEL
    }

    /** A new delivery, due now. */
    public static OutboxEntry due(String bookingId, Kind kind, Instant now) {
        return new OutboxEntry(bookingId, kind, 0, now, null, false, null);
    }

    /** The delivery key: one entry per booking and kind, so the same delivery is never queued twice. */
    public String key() {
        return bookingId + ":" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** After a failed attempt at {@code now}: due again at {@code next}. */
    public OutboxEntry failed(String failure, Instant next, Instant now) {
        return new OutboxEntry(bookingId, kind, attempts + 1, next, failure, false, now);
    }

    /** After a failure at {@code now} that retrying will not mend. */
    public OutboxEntry parked(String failure, Instant now) {
        return new OutboxEntry(bookingId, kind, attempts + 1, nextAttempt, failure, true, now);
    }

    /** A parked entry a person asked to retry: due at {@code now} again, its history kept. */
    public OutboxEntry retried(Instant now) {
        return new OutboxEntry(bookingId, kind, attempts, now, lastFailure, false, lastAttempt);
    }

    /** The kind of the last failure without its message (which may quote an answer): e.g. {@code DeliveryRejected}. */
    public @Nullable String lastFailureClass() {
        if (lastFailure == null) {
            return null;
        }
        int colon = lastFailure.indexOf(':');
        return colon < 0 ? lastFailure : lastFailure.substring(0, colon);
    }
}
