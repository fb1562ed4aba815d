package fi.polku.assistant.booking.redis;

import fi.polku.assistant.booking.Hold;
import fi.polku.assistant.booking.HoldStore;
import java.time.Duration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Holds in Redis: one JSON string under {@code polku:hold:<id>} that lapses with its time to live. */
@Component
@Profile("redis")
public class RedisHolds implements HoldStore {

    static final String KEY_PREFIX = "polku:hold:";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;

    public RedisHolds(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public Mono<Hold> save(Hold hold, Duration ttl) {
        return Mono.fromCallable(() -> json.writeValueAsString(hold))
                .flatMap(value -> redis.opsForValue().set(KEY_PREFIX + hold.id(), value, ttl))
                .thenReturn(hold);
    }

    @Override
    public Mono<Hold> find(String id) {
        return redis.opsForValue().get(KEY_PREFIX + id).map(value -> json.readValue(value, Hold.class));
    }

    @Override
    public Mono<Boolean> delete(String id) {
        return redis.delete(KEY_PREFIX + id).map(count -> count > 0);
    }
}
