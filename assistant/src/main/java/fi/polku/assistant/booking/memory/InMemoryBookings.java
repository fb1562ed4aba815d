package fi.polku.assistant.booking.memory;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Bookings and idempotency keys in memory; expired ones are never returned and are purged. */
@Component
@Profile("!redis")
public class InMemoryBookings implements BookingStore {

    private final Map<String, Expiring<Booking>> bookings = new ConcurrentHashMap<>();
    private final Map<String, Expiring<String>> keys = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryBookings(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Booking> save(Booking booking, Duration ttl) {
        return Mono.fromSupplier(() -> {
            bookings.put(booking.id(), new Expiring<>(booking, clock.instant().plus(ttl)));
            return booking;
        });
    }

    @Override
    public Mono<Booking> find(String id) {
        return Mono.fromSupplier(() -> bookings.get(id))
                .filter(entry -> entry.liveAt(clock.instant()))
                .map(Expiring::value);
    }

    @Override
    public Mono<String> claimIdempotencyKey(String key, String bookingId, Duration ttl) {
        return Mono.fromSupplier(() -> {
            Instant now = clock.instant();
            return keys.compute(
                            key,
                            (k, current) -> current != null && current.liveAt(now)
                                    ? current
                                    : new Expiring<>(bookingId, now.plus(ttl)))
                    .value();
        });
    }

    @Override
    public Mono<Boolean> releaseIdempotencyKey(String key, String bookingId) {
        return Mono.fromSupplier(() -> {
            boolean[] released = {false};
            keys.computeIfPresent(key, (k, current) -> {
                if (current.value().equals(bookingId)) {
                    released[0] = true;
                    return null;
                }
                return current;
            });
            return released[0];
        });
    }

    /** Forgets expired bookings and keys; runs every minute. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    public void purgeExpired() {
        Instant now = clock.instant();
        bookings.values().removeIf(entry -> !entry.liveAt(now));
        keys.values().removeIf(entry -> !entry.liveAt(now));
    }
}
