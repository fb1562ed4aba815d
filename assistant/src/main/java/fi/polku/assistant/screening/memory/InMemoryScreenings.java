package fi.polku.assistant.screening.memory;

import fi.polku.assistant.screening.Screening;
import fi.polku.assistant.screening.ScreeningSettings;
import fi.polku.assistant.screening.ScreeningStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Screenings in this process's memory (the embedded default); expired ones are never returned and are purged. */
@Component
@Profile("!redis")
public class InMemoryScreenings implements ScreeningStore {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ScreeningSettings settings;
    private final Clock clock;

    public InMemoryScreenings(ScreeningSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Mono<Screening> save(Screening screening) {
        return Mono.fromSupplier(() -> {
            entries.put(screening.id(), new Entry(screening, clock.instant().plus(settings.expiry())));
            return screening;
        });
    }

    @Override
    public Mono<Screening> find(String id) {
        return Mono.fromSupplier(() -> entries.get(id))
                .filter(entry -> entry.liveAt(clock.instant()))
                .map(Entry::screening);
    }

    @Override
    public Mono<Boolean> delete(String id) {
        return Mono.fromSupplier(() -> entries.remove(id))
                .map(entry -> entry.liveAt(clock.instant()))
                .defaultIfEmpty(false);
    }

    /** Forgets expired screenings; runs every minute. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    public void purgeExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !entry.liveAt(now));
    }

    /** How many screenings are held, expired or not; for tests of purging. */
    int size() {
        return entries.size();
    }

    private record Entry(Screening screening, Instant expiresAt) {

        boolean liveAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }
}
