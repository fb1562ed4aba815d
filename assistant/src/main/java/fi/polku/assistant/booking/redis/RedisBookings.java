package fi.polku.assistant.booking.redis;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingStore;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bookings in Redis under {@code polku:booking:<id>} (JSON with contact details, so always with a TTL) and
 * idempotency keys under {@code polku:booking-key:<key>}, claimed with SET NX.
 */
@Component
@Profile("redis")
public class RedisBookings implements BookingStore {

    static final String KEY_PREFIX = "polku:booking:";
    static final String IDEMPOTENCY_PREFIX = "polku:booking-key:";

    // KEYS = the key, ARGV = booking id. Deletes the key only while that booking owns it.
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;

    public RedisBookings(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public Mono<Booking> save(Booking booking, Duration ttl) {
        return Mono.fromCallable(() -> json.writeValueAsString(new StoredBooking(StoredBooking.FORMAT, booking)))
                .flatMap(value -> redis.opsForValue().set(KEY_PREFIX + booking.id(), value, ttl))
                .thenReturn(booking);
    }

    @Override
    public Mono<Booking> find(String id) {
        return redis.opsForValue()
                .get(KEY_PREFIX + id)
                .map(value -> json.readValue(value, StoredBooking.class).booking());
    }

    @Override
    public Mono<String> claimIdempotencyKey(String key, String bookingId, Duration ttl) {
        String redisKey = IDEMPOTENCY_PREFIX + key;
        return redis.opsForValue()
                .setIfAbsent(redisKey, bookingId, ttl)
                .flatMap(claimed -> claimed
                        ? Mono.just(bookingId)
                        // the winner's id; if it lapsed in between, claim again
                        : redis.opsForValue()
                                .get(redisKey)
                                .switchIfEmpty(Mono.defer(() -> claimIdempotencyKey(key, bookingId, ttl))));
    }

    @Override
    public Mono<Boolean> releaseIdempotencyKey(String key, String bookingId) {
        return Flux.from(redis.execute(RELEASE, List.of(IDEMPOTENCY_PREFIX + key), List.of(bookingId)))
                .next()
                .map(result -> result == 1L);
    }

    /** The stored shape: {@code format} is raised when the booking's JSON changes incompatibly. */
    record StoredBooking(int format, Booking booking) {

        static final int FORMAT = 1;
    }
}
