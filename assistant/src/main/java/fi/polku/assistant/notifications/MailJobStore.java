package fi.polku.assistant.notifications;

import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps mail jobs (tied to a booking, so always with a time to live) and hands due ones out under a lease, so two
 * instances never send the same mail at once and a crashed sender's job comes back when its lease ends. Adapters in
 * {@code memory} and {@code redis} pass one contract suite.
 */
public interface MailJobStore {

    /** Saves (or replaces) the job for the time to live; a pending job becomes due at {@link MailJob#due()}. */
    Mono<MailJob> save(MailJob job, Duration ttl);

    /** The job, or empty when it is unknown or its time ran out. */
    Mono<MailJob> find(String id);

    /** Removes the job; true when it existed. */
    Mono<Boolean> delete(String id);

    /**
     * Claims up to {@code limit} pending jobs due by {@code now}: each is handed to one caller only and is not due again
     * until the lease ends (or it is saved again).
     */
    Flux<MailJob> claimDue(Instant now, Duration lease, int limit);
}
