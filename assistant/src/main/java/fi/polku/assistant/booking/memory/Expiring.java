package fi.polku.assistant.booking.memory;

import java.time.Instant;

/** A value kept until a moment. */
record Expiring<T>(T value, Instant expiresAt) {

    boolean liveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
