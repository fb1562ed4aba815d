package fi.polku.assistant.external.memory;

import fi.polku.assistant.external.Outbox;
import fi.polku.assistant.external.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The outbox in memory: lost on restart, so only for the default single instance and tests. */
public final class InMemoryOutbox implements Outbox {

    private record Stored(OutboxEntry entry, Instant expires) {}

    private record Claim(Instant until) {}

    private final ConcurrentMap<String, Stored> entries = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Claim> claims = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryOutbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Boolean> add(OutboxEntry entry, Duration ttl) {
        return Mono.fromSupplier(() -> {
            Stored fresh = new Stored(entry, clock.instant().plus(ttl));
            Stored now = entries.compute(entry.key(), (key, old) -> old == null || expired(old) ? fresh : old);
            return now == fresh;
        });
    }

    @Override
    public Mono<Boolean> claim(String key, Duration lease) {
        return Mono.fromSupplier(() -> {
            Instant now = clock.instant();
            Claim mine = new Claim(now.plus(lease));
            return claims.compute(
                            key, (k, held) -> held == null || !held.until().isAfter(now) ? mine : held)
                    == mine;
        });
    }

    @Override
    public Mono<Void> release(String key) {
        return Mono.fromRunnable(() -> claims.remove(key));
    }

    @Override
    public Mono<Void> save(OutboxEntry entry, Duration ttl) {
        return Mono.fromRunnable(
                () -> entries.put(entry.key(), new Stored(entry, clock.instant().plus(ttl))));
    }

    @Override
    public Mono<OutboxEntry> find(String key) {
        return Mono.fromSupplier(() -> {
            Stored stored = entries.get(key);
            return stored == null || expired(stored) ? null : stored.entry();
        });
    }

    @Override
    public Flux<OutboxEntry> due(Instant now, int limit) {
        return Flux.defer(() -> {
            entries.values().removeIf(this::expired);
            return Flux.fromStream(entries.values().stream()
                    .map(Stored::entry)
                    .filter(entry -> !entry.parked() && !entry.nextAttempt().isAfter(now))
                    .sorted(Comparator.comparing(OutboxEntry::nextAttempt))
                    .limit(limit));
        });
    }

    @Override
    public Flux<OutboxEntry> parked(int limit) {
        return Flux.defer(() -> {
            entries.values().removeIf(this::expired);
            return Flux.fromStream(entries.values().stream()
                    .map(Stored::entry)
                    .filter(OutboxEntry::parked)
                    .sorted(Comparator.comparing(InMemoryOutbox::parkedAt).reversed())
                    .limit(limit));
        });
    }

    /** When the entry was parked: its last attempt (entries saved before that was recorded: their due time). */
    static Instant parkedAt(OutboxEntry entry) {
        return entry.lastAttempt() != null ? entry.lastAttempt() : entry.nextAttempt();
    }

    @Override
    public Mono<Void> remove(String key) {
        return Mono.fromRunnable(() -> entries.remove(key));
    }

    private boolean expired(Stored stored) {
        return !stored.expires().isAfter(clock.instant());
    }
}
