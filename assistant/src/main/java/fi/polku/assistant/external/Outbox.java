package fi.polku.assistant.external;

import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deliveries owed to the external booking system, kept until delivered (durable in the Redis adapter). Adapters in
 * {@code memory} and {@code redis} pass one contract suite.
 */
public interface Outbox {

    /** Queues the entry unless one with its key is queued already; true when queued now. */
    Mono<Boolean> add(OutboxEntry entry, Duration ttl);

    /** Replaces the entry (after an attempt); a parked entry is no longer due. */
    Mono<Void> save(OutboxEntry entry, Duration ttl);

    /** The entry with that key, or empty. */
    Mono<OutboxEntry> find(String key);

    /** Parked entries, the most recently failed first, at most {@code limit}. */
    Flux<OutboxEntry> parked(int limit);

    /** Entries due at {@code now} and not parked, earliest first, at most {@code limit}. */
    Flux<OutboxEntry> due(Instant now, int limit);

    /**
     * Claims the entry for one attempt: true for exactly one caller until {@link #release} or until {@code lease}
     * runs out (an instance that died mid-attempt), so that two instances' rounds never deliver one entry at once.
     */
    Mono<Boolean> claim(String key, Duration lease);

    /** Ends a claim after the attempt has been recorded. */
    Mono<Void> release(String key);

    /** Forgets a delivered entry. */
    Mono<Void> remove(String key);
}
