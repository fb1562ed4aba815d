package fi.polku.assistant.referral.memory;

import fi.polku.assistant.referral.AuditEntry;
import fi.polku.assistant.referral.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit log in memory, per referral, expiring like its Redis twin. */
@Component
@Profile("!redis")
public class InMemoryAuditLog implements AuditLog {

    private final Map<String, Trail> trails = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryAuditLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Void> record(AuditEntry entry, Duration ttl) {
        return Mono.fromRunnable(() -> trails.compute(entry.referralId(), (id, trail) -> {
            List<AuditEntry> entries = new ArrayList<>();
            if (trail != null && clock.instant().isBefore(trail.expiresAt())) {
                entries.addAll(trail.entries());
            }
            entries.add(entry);
            return new Trail(List.copyOf(entries), clock.instant().plus(ttl));
        }));
    }

    @Override
    public Flux<AuditEntry> entries(String referralId) {
        return Mono.fromSupplier(() -> trails.get(referralId))
                .filter(trail -> clock.instant().isBefore(trail.expiresAt()))
                .flatMapMany(trail -> Flux.fromIterable(trail.entries()));
    }

    private record Trail(List<AuditEntry> entries, Instant expiresAt) {}
}
