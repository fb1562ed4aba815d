package fi.polku.assistant.booking;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Keeps bookings (with contact details, so always with a time to live) and the {@code Idempotency-Key}s that made
 * them; adapters in {@code memory} and {@code redis} pass one contract suite.
 */
public interface BookingStore {

    /** Saves (or replaces) the booking for the time to live. */
    Mono<Booking> save(Booking booking, Duration ttl);

    /** The booking, or empty when it is unknown or its time ran out. */
    Mono<Booking> find(String id);

    /**
     * Claims the key for the booking id atomically: the first claim wins and is returned to every later claim until
     * the time to live runs out.
     *
     * @return the booking id that owns the key: {@code bookingId} when this claim won
     */
    Mono<String> claimIdempotencyKey(String key, String bookingId, Duration ttl);

    /** Frees the key when it is still owned by the booking id (a booking that failed); true when freed. */
    Mono<Boolean> releaseIdempotencyKey(String key, String bookingId);
}
