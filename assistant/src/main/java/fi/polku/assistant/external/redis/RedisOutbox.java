package fi.polku.assistant.external.redis;

import fi.polku.assistant.external.Outbox;
import fi.polku.assistant.external.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each entry is a JSON string under {@code polku:outbox:<key>} with the retention as TTL; the sorted set
 * {@code polku:outbox:due} orders the keys still to deliver by their next attempt, {@code polku:outbox:parked} the
 * parked ones by when they were parked; {@code polku:outbox-claim:<key>} (SET NX with the lease as TTL) is the claim of an
 * attempt in progress. Adding and saving write both in one
 * Lua script, so an entry is never queued without being due or due without being stored.
 */
public final class RedisOutbox implements Outbox {

    private static final String DUE = "polku:outbox:due";
    private static final String PARKED = "polku:outbox:parked";
    private static final String CLAIM = "polku:outbox-claim:";

    private static final RedisScript<Long> ADD = RedisScript.of("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
              return 1
            end
            return 0
            """, Long.class);

    // KEYS = entry, due set, parked set; ARGV = json, ttl, next attempt, key, parked (1/0), parked at
    private static final RedisScript<Long> SAVE = RedisScript.of("""
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            if ARGV[5] == '1' then
              redis.call('ZREM', KEYS[2], ARGV[4])
              redis.call('ZADD', KEYS[3], ARGV[6], ARGV[4])
            else
              redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
              redis.call('ZREM', KEYS[3], ARGV[4])
            end
            return 1
            """, Long.class);

    private static final RedisScript<Long> REMOVE = RedisScript.of("""
            redis.call('DEL', KEYS[1])
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('ZREM', KEYS[3], ARGV[1])
            return 1
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;

    public RedisOutbox(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public Mono<Boolean> add(OutboxEntry entry, Duration ttl) {
        return redis.execute(ADD, List.of(key(entry.key()), DUE), args(entry, ttl))
                .next()
                .map(added -> added == 1L);
    }

    @Override
    public Mono<Void> save(OutboxEntry entry, Duration ttl) {
        List<String> args = new ArrayList<>(args(entry, ttl));
        args.add(Long.toString(
                (entry.lastAttempt() != null ? entry.lastAttempt() : entry.nextAttempt()).toEpochMilli()));
        return redis.execute(SAVE, List.of(key(entry.key()), DUE, PARKED), args).then();
    }

    @Override
    public Mono<OutboxEntry> find(String key) {
        return redis.opsForValue().get(key(key)).map(value -> json.readValue(value, OutboxEntry.class));
    }

    @Override
    public Flux<OutboxEntry> due(Instant now, int limit) {
        return redis.opsForZSet()
                .rangeByScore(
                        DUE,
                        Range.closed(Double.NEGATIVE_INFINITY, (double) now.toEpochMilli()),
                        Limit.limit().count(limit))
                .concatMap(key -> find(key)
                        // The entry's retention ran out: nothing left to deliver, so it leaves the queue too.
                        .switchIfEmpty(redis.opsForZSet().remove(DUE, key).then(Mono.empty())));
    }

    @Override
    public Flux<OutboxEntry> parked(int limit) {
        return redis.opsForZSet()
                .reverseRange(PARKED, Range.closed(0L, (long) limit - 1))
                .concatMap(key -> find(key)
                        // the entry's retention ran out: it leaves the list too
                        .switchIfEmpty(redis.opsForZSet().remove(PARKED, key).then(Mono.empty())));
    }

    @Override
    public Mono<Boolean> claim(String key, Duration lease) {
        return redis.opsForValue().setIfAbsent(CLAIM + key, "1", lease);
    }

    @Override
    public Mono<Void> release(String key) {
        return redis.delete(CLAIM + key).then();
    }

    @Override
    public Mono<Void> remove(String key) {
        return redis.execute(REMOVE, List.of(key(key), DUE, PARKED), List.of(key))
                .then();
    }

    private List<String> args(OutboxEntry entry, Duration ttl) {
        return List.of(
                json.writeValueAsString(entry),
                Long.toString(ttl.toMillis()),
                Long.toString(entry.nextAttempt().toEpochMilli()),
                entry.key(),
                entry.parked() ? "1" : "0");
    }

    private static String key(String key) {
        return "polku:outbox:" + key;
    }
}
