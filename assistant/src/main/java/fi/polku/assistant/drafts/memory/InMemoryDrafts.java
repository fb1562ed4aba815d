package fi.polku.assistant.drafts.memory;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.DraftStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Drafts in this process's memory (the embedded default); expired ones are never returned and are purged. */
@Component
@Profile("!redis")
public class InMemoryDrafts implements DraftStore {

    private final Map<String, Draft> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByCode = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryDrafts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Draft> save(Draft draft) {
        return Mono.fromSupplier(() -> {
            byId.put(draft.id(), draft);
            idByCode.put(draft.resumeCode(), draft.id());
            return draft;
        });
    }

    @Override
    public Mono<Draft> find(String id) {
        return Mono.fromSupplier(() -> byId.get(id)).filter(this::live);
    }

    @Override
    public Mono<Draft> findByCode(String resumeCode) {
        return Mono.fromSupplier(() -> idByCode.get(resumeCode)).flatMap(this::find);
    }

    @Override
    public Mono<Boolean> delete(String id) {
        return Mono.fromSupplier(() -> byId.remove(id))
                .map(draft -> {
                    idByCode.remove(draft.resumeCode());
                    return live(draft);
                })
                .defaultIfEmpty(false);
    }

    /** Forgets expired drafts and their codes; runs every minute. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    public void purgeExpired() {
        Instant now = clock.instant();
        byId.values().removeIf(draft -> {
            boolean expired = !now.isBefore(draft.expiresAt());
            if (expired) {
                idByCode.remove(draft.resumeCode());
            }
            return expired;
        });
    }

    /** How many drafts are held, expired or not; for tests of purging. */
    int size() {
        return byId.size() + idByCode.size();
    }

    private boolean live(Draft draft) {
        return clock.instant().isBefore(draft.expiresAt());
    }
}
