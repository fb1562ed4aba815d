package fi.polku.assistant.screening.redis;

import fi.polku.assistant.screening.Screening;
import fi.polku.assistant.screening.ScreeningSettings;
import fi.polku.assistant.screening.ScreeningStore;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Screenings in Redis (the {@code redis} profile): one JSON string per screening under a key with a TTL. */
@Component
@Profile("redis")
public class RedisScreenings implements ScreeningStore {

    static final String KEY_PREFIX = "polku:screening:";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final ScreeningSettings settings;

    public RedisScreenings(ReactiveStringRedisTemplate redis, JsonMapper json, ScreeningSettings settings) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
    }

    @Override
    public Mono<Screening> save(Screening screening) {
        return Mono.fromCallable(() -> json.writeValueAsString(StoredScreening.of(screening)))
                .flatMap(value -> redis.opsForValue().set(key(screening.id()), value, settings.expiry()))
                .thenReturn(screening);
    }

    @Override
    public Mono<Screening> find(String id) {
        return redis.opsForValue()
                .get(key(id))
                .map(value -> json.readValue(value, StoredScreening.class).toScreening());
    }

    @Override
    public Mono<Boolean> delete(String id) {
        return redis.delete(key(id)).map(count -> count > 0);
    }

    static String key(String id) {
        return KEY_PREFIX + id;
    }
}
