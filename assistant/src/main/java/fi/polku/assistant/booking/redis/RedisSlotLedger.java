package fi.polku.assistant.booking.redis;

import fi.polku.assistant.booking.SlotLedger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seats in Redis: one string key per seat, {@code polku:slot:{<time>}:<n>}, holding its owner with a time to live.
 * Every change runs as one Lua script over the time's seat keys, so Redis runs it atomically: never a
 * read-modify-write from the application. The braces keep a time's seats in one cluster hash slot.
 */
@Component
@Profile("redis")
public class RedisSlotLedger implements SlotLedger {

    static final String KEY_PREFIX = "polku:slot:";

    // KEYS = the seats, ARGV = owner, ttl in ms. Keeps the owner's seat, else takes the first free one (SET NX).
    private static final RedisScript<Long> TAKE = RedisScript.of("""
            for i = 1, #KEYS do
              if redis.call('GET', KEYS[i]) == ARGV[1] then return 1 end
            end
            for i = 1, #KEYS do
              if redis.call('SET', KEYS[i], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            end
            return 0
            """, Long.class);

    // KEYS = the seats, ARGV = from, to, ttl in ms. Hands the seat of `from` to `to`.
    private static final RedisScript<Long> TRANSFER = RedisScript.of("""
            for i = 1, #KEYS do
              if redis.call('GET', KEYS[i]) == ARGV[1] then
                redis.call('SET', KEYS[i], ARGV[2], 'PX', ARGV[3])
                return 1
              end
            end
            return 0
            """, Long.class);

    // KEYS = the seats, ARGV = owner. Frees the owner's seat.
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            for i = 1, #KEYS do
              if redis.call('GET', KEYS[i]) == ARGV[1] then
                redis.call('DEL', KEYS[i])
                return 1
              end
            end
            return 0
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;

    public RedisSlotLedger(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Boolean> take(String time, int capacity, String owner, Duration ttl) {
        return run(TAKE, seats(time, capacity), List.of(owner, millis(ttl)));
    }

    @Override
    public Mono<Boolean> extend(String time, int capacity, String owner, Duration ttl) {
        return transfer(time, capacity, owner, owner, ttl);
    }

    @Override
    public Mono<Boolean> transfer(String time, int capacity, String from, String to, Duration ttl) {
        return run(TRANSFER, seats(time, capacity), List.of(from, to, millis(ttl)));
    }

    @Override
    public Mono<Boolean> release(String time, int capacity, String owner) {
        return run(RELEASE, seats(time, capacity), List.of(owner));
    }

    @Override
    public Mono<Map<String, Integer>> taken(Collection<String> times, int capacity) {
        if (times.isEmpty()) {
            return Mono.just(Map.of());
        }
        List<String> timeList = List.copyOf(times);
        List<String> keys = new ArrayList<>();
        timeList.forEach(time -> keys.addAll(seats(time, capacity)));
        // a plain read: counts may be stale the moment they are read, but taking a seat never relies on them
        return redis.opsForValue().multiGet(keys).map(values -> {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    counts.merge(timeList.get(i / capacity), 1, Integer::sum);
                }
            }
            return counts;
        });
    }

    private Mono<Boolean> run(RedisScript<Long> script, List<String> keys, List<String> args) {
        return Flux.from(redis.execute(script, keys, args)).next().map(result -> result == 1L);
    }

    static List<String> seats(String time, int capacity) {
        List<String> keys = new ArrayList<>(capacity);
        for (int seat = 1; seat <= capacity; seat++) {
            keys.add(KEY_PREFIX + "{" + time + "}:" + seat);
        }
        return keys;
    }

    private static String millis(Duration ttl) {
        return Long.toString(Math.max(1, ttl.toMillis()));
    }
}
