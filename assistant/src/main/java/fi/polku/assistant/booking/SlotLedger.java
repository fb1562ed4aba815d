package fi.polku.assistant.booking;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The seats of each calendar time ({@link Slot#time()}): {@code capacity} seats, each free or taken by one owner (a
 * hold or a booking) until its time to live runs out. Every operation is atomic per time, so that two residents can
 * never take the same seat: no double booking. Adapters in {@code memory} and {@code redis} pass one contract suite.
 */
public interface SlotLedger {

    /** Takes a free seat for the owner, or keeps the owner's seat; false when every seat is taken by others. */
    Mono<Boolean> take(String time, int capacity, String owner, Duration ttl);

    /** Gives the owner's seat a new time to live; false when the owner holds none (e.g. it lapsed). */
    Mono<Boolean> extend(String time, int capacity, String owner, Duration ttl);

    /** Hands the seat of {@code from} to {@code to} with a new time to live; false when {@code from} holds none. */
    Mono<Boolean> transfer(String time, int capacity, String from, String to, Duration ttl);

    /** Frees the owner's seat at once; false when the owner held none. */
    Mono<Boolean> release(String time, int capacity, String owner);

    /** How many seats of each time are taken now (times with none taken may be left out). */
    Mono<Map<String, Integer>> taken(Collection<String> times, int capacity);
}
