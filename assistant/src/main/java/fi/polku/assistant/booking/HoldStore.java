package fi.polku.assistant.booking;

import java.time.Duration;
import reactor.core.publisher.Mono;

/** Keeps holds until they lapse; adapters in {@code memory} and {@code redis} pass one contract suite. */
public interface HoldStore {

    /** Saves (or replaces) the hold for the time to live. */
    Mono<Hold> save(Hold hold, Duration ttl);

    /** The hold, or empty when it is unknown or lapsed. */
    Mono<Hold> find(String id);

    /** Forgets the hold; true when there was one. */
    Mono<Boolean> delete(String id);
}
