package fi.polku.assistant.booking.memory;

import fi.polku.assistant.booking.SlotLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Seats in memory. Each time's seats change only inside {@link ConcurrentHashMap#compute}, which runs atomically per
 * key, so a check and a take can never interleave with another request's.
 */
@Component
@Profile("!redis")
public class InMemorySlotLedger implements SlotLedger {

    private final Map<String, Seat[]> times = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySlotLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Boolean> take(String time, int capacity, String owner, Duration ttl) {
        return Mono.fromSupplier(() -> change(time, capacity, seats -> {
            Instant now = clock.instant();
            int own = find(seats, owner, now);
            if (own >= 0) {
                return true;
            }
            for (int i = 0; i < seats.length; i++) {
                if (seats[i] == null || !seats[i].liveAt(now)) {
                    seats[i] = new Seat(owner, now.plus(ttl));
                    return true;
                }
            }
            return false;
        }));
    }

    @Override
    public Mono<Boolean> extend(String time, int capacity, String owner, Duration ttl) {
        return transfer(time, capacity, owner, owner, ttl);
    }

    @Override
    public Mono<Boolean> transfer(String time, int capacity, String from, String to, Duration ttl) {
        return Mono.fromSupplier(() -> change(time, capacity, seats -> {
            Instant now = clock.instant();
            int seat = find(seats, from, now);
            if (seat < 0) {
                return false;
            }
            seats[seat] = new Seat(to, now.plus(ttl));
            return true;
        }));
    }

    @Override
    public Mono<Boolean> release(String time, int capacity, String owner) {
        return Mono.fromSupplier(() -> change(time, capacity, seats -> {
            int seat = find(seats, owner, clock.instant());
            if (seat < 0) {
                return false;
            }
            seats[seat] = null;
            return true;
        }));
    }

    @Override
    public Mono<Map<String, Integer>> taken(Collection<String> requested, int capacity) {
        return Mono.fromSupplier(() -> {
            Instant now = clock.instant();
            Map<String, Integer> counts = new HashMap<>();
            for (String time : requested) {
                // read under compute too, so a count never sees half a change
                int[] count = {0};
                times.computeIfPresent(time, (key, seats) -> {
                    for (Seat seat : seats) {
                        if (seat != null && seat.liveAt(now)) {
                            count[0]++;
                        }
                    }
                    return seats;
                });
                if (count[0] > 0) {
                    counts.put(time, count[0]);
                }
            }
            return counts;
        });
    }

    /** Forgets times whose seats have all lapsed; runs every minute. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    public void purgeExpired() {
        Instant now = clock.instant();
        times.keySet()
                .forEach(time -> times.computeIfPresent(time, (key, seats) -> {
                    for (Seat seat : seats) {
                        if (seat != null && seat.liveAt(now)) {
                            return seats;
                        }
                    }
                    return null;
                }));
    }

    /** How many times hold seats, lapsed or not; for tests of purging. */
    int size() {
        return times.size();
    }

    private boolean change(String time, int capacity, SeatChange change) {
        boolean[] result = {false};
        times.compute(time, (key, current) -> {
            Seat[] seats = current != null && current.length == capacity ? current : resize(current, capacity);
            result[0] = change.apply(seats);
            return seats;
        });
        return result[0];
    }

    private static Seat[] resize(Seat @Nullable [] current, int capacity) {
        Seat[] seats = new Seat[capacity];
        if (current != null) {
            System.arraycopy(current, 0, seats, 0, Math.min(current.length, capacity));
        }
        return seats;
    }

    private static int find(@Nullable Seat[] seats, String owner, Instant now) {
        for (int i = 0; i < seats.length; i++) {
            if (seats[i] != null && seats[i].owner().equals(owner) && seats[i].liveAt(now)) {
                return i;
            }
        }
        return -1;
    }

    @FunctionalInterface
    private interface SeatChange {
        boolean apply(@Nullable Seat[] seats);
    }

    private record Seat(String owner, Instant expiresAt) {

        boolean liveAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }
}
