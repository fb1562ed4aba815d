package fi.polku.assistant.booking;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The random public ids of slots: a slot's readable {@link Slot#key()} never reaches a URL, its id does. A slot gets
 * its id the first time it is shown and keeps it until the id's time to live runs out (the slot's end plus a day), so
 * a hold, a booking and a listing name it alike. Adapters in {@code memory} and {@code redis} pass one contract suite.
 */
public interface SlotIdStore {

    /**
     * The id of each wanted slot key: the one it already has, else the candidate, kept from now on for the wanted
     * time to live. Atomic per key: two callers never give one key two ids.
     */
    Mono<Map<String, String>> assign(List<Wanted> wanted);

    /** The slot key an id names, or empty when unknown or expired. */
    Mono<String> key(String id);

    /**
     * A slot key that needs an id.
     *
     * @param candidate a fresh random id, used only when the key has none yet
     */
    record Wanted(String key, String candidate, Duration ttl) {}
}
