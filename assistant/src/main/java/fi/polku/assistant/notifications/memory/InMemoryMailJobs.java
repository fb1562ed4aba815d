package fi.polku.assistant.notifications.memory;

import fi.polku.assistant.notifications.MailJob;
import fi.polku.assistant.notifications.MailJobStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Mail jobs in memory; expired ones are never returned and are purged. */
@Component
@Profile("!redis")
public class InMemoryMailJobs implements MailJobStore {

    private final Map<String, Entry> jobs = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryMailJobs(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<MailJob> save(MailJob job, Duration ttl) {
        return Mono.fromSupplier(() -> {
            jobs.put(job.id(), new Entry(job, clock.instant().plus(ttl), job.due()));
            return job;
        });
    }

    @Override
    public Mono<MailJob> find(String id) {
        return Mono.fromSupplier(() -> live(jobs.get(id))).map(Entry::job);
    }

    @Override
    public Mono<Boolean> delete(String id) {
        return Mono.fromSupplier(() -> live(jobs.remove(id)) != null);
    }

    @Override
    public Flux<MailJob> claimDue(Instant now, Duration lease, int limit) {
        return Flux.defer(() -> {
            List<String> due = jobs.values().stream()
                    .filter(entry -> live(entry) != null && entry.notBefore() != null)
                    .filter(entry -> !entry.notBefore().isAfter(now))
                    .sorted(Comparator.comparing(Entry::notBefore))
                    .map(entry -> entry.job().id())
                    .limit(limit)
                    .toList();
            List<MailJob> claimed = new ArrayList<>();
            for (String id : due) {
                // the lease moves the job's next chance on, atomically per job; only the claimer that moved it gets it
                // (comparing the lease end afterwards would also hand it to a second claimer with the same clock)
                boolean[] won = {false};
                Entry after = jobs.computeIfPresent(id, (key, entry) -> {
                    if (entry.notBefore() == null || entry.notBefore().isAfter(now)) {
                        return entry;
                    }
                    won[0] = true;
                    return new Entry(entry.job(), entry.expires(), now.plus(lease));
                });
                if (won[0] && after != null) {
                    claimed.add(after.job());
                }
            }
            return Flux.fromIterable(claimed);
        });
    }

    /** Forgets expired jobs; runs every minute. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    public void purgeExpired() {
        jobs.values().removeIf(entry -> live(entry) == null);
    }

    private @Nullable Entry live(@Nullable Entry entry) {
        return entry != null && entry.expires().isAfter(clock.instant()) ? entry : null;
    }

    /** @param notBefore when the job may be claimed next: its due time or the end of its lease; null when done */
    private record Entry(
            MailJob job, Instant expires, @Nullable Instant notBefore) {}
}
