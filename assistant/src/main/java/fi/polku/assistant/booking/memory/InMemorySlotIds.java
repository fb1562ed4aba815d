package fi.polku.assistant.booking.memory;

import fi.polku.assistant.booking.SlotIdStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Slot ids in memory: a map each way; {@code compute} per key keeps one id per key. Expired ones are purged. */
@Component
@Profile("!redis")
public class InMemorySlotIds implements SlotIdStore {

    private final Map<String, Expiring<String>> idsByKey = new ConcurrentHashMap<>();
    private final Map<String, Expiring<String>> keysById = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySlotIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Map<String, String>> assign(List<Wanted> wanted) {
        return Mono.fromSupplier(() -> {
            Instant now = clock.instant();
            Map<String, String> ids = new LinkedHashMap<>();
            for (Wanted slot : wanted) {
                Instant expiresAt = now.plus(slot.ttl());
                Expiring<String> id = idsByKey.compute(slot.key(), (key, old) -> {
                    if (old != null && old.liveAt(now)) {
                        return old;
                    }
                    // the id is nobody's until it is returned, so it may be published after the key
                    keysById.put(slot.candidate(), new Expiring<>(key, expiresAt));
                    return new Expiring<>(slot.candidate(), expiresAt);
                });
                ids.put(slot.key(), id.value());
            }
            return ids;
        });
    }

    @Override
    public Mono<String> key(String id) {
        return Mono.fromSupplier(() -> keysById.get(id))
                .filter(entry -> entry.liveAt(clock.instant()))
                .map(Expiring::value);
    }

    /** Forgets expired ids; runs every 10 minutes. */
    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    public void purgeExpired() {
        Instant now = clock.instant();
        idsByKey.values().removeIf(entry -> !entry.liveAt(now));
        keysById.values().removeIf(entry -> !entry.liveAt(now));
    }
}
