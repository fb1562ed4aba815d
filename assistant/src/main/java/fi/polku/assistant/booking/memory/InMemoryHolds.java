package fi.polku.assistant.booking.memory;

import fi.polku.assistant.booking.Hold;
import fi.polku.assistant.booking.HoldStore;
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

/** Holds in memory; lapsed ones are never returned and are purged. */
@Component
@Profile("!redis")
public class InMemoryHolds implements HoldStore {

    private final Map<String, Expiring<Hold>> holds = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryHolds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Hold> save(Hold hold, Duration ttl) {
        return Mono.fromSupplier(() -> {
            holds.put(hold.id(), new Expiring<>(hold, clock.instant().plus(ttl)));
            return hold;
        });
    }

    @Override
    public Mono<Hold> find(String id) {
        return Mono.fromSupplier(() -> holds.get(id))
                .filter(entry -> entry.liveAt(clock.instant()))
                .map(Expiring::value);
    }

    @Override
    public Mono<Boolean> delete(String id) {
        return Mono.fromSupplier(() -> holds.remove(id))
                .map(entry -> entry.liveAt(clock.instant()))
                .defaultIfEmpty(false);
    }

    /** Forgets lapsed holds; runs every minute. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    public void purgeExpired() {
        Instant now = clock.instant();
        holds.values().removeIf(entry -> !entry.liveAt(now));
    }
}
