package fi.polku.assistant.drafts.redis;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.DraftStore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts in Redis (the {@code redis} profile): the draft as JSON under {@code polku:draft:<id>} and its resume code
 * under {@code polku:draft-code:<code>} holding the id, both with the TTL left until the draft's expiry.
 */
@Component
@Profile("redis")
public class RedisDrafts implements DraftStore {

    static final String KEY_PREFIX = "polku:draft:";
    static final String CODE_PREFIX = "polku:draft-code:";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final Clock clock;

    public RedisDrafts(ReactiveStringRedisTemplate redis, JsonMapper json, Clock clock) {
        this.redis = redis;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Mono<Draft> save(Draft draft) {
        Duration ttl = Duration.between(clock.instant(), draft.expiresAt());
        if (ttl.isNegative() || ttl.isZero()) {
            return delete(draft.id()).thenReturn(draft);
        }
        return Mono.fromCallable(() -> json.writeValueAsString(StoredDraft.of(draft)))
                .flatMap(value -> redis.opsForValue().set(key(draft.id()), value, ttl))
                .then(redis.opsForValue().set(CODE_PREFIX + draft.resumeCode(), draft.id(), ttl))
                .thenReturn(draft);
    }

    @Override
    public Mono<Draft> find(String id) {
        return redis.opsForValue()
                .get(key(id))
                .map(value -> json.readValue(value, StoredDraft.class).toDraft());
    }

    @Override
    public Mono<Draft> findByCode(String resumeCode) {
        return redis.opsForValue().get(CODE_PREFIX + resumeCode).flatMap(this::find);
    }

    @Override
    public Mono<Boolean> delete(String id) {
        return find(id).flatMap(draft -> redis.delete(key(id), CODE_PREFIX + draft.resumeCode()))
                .map(count -> count > 0)
                .defaultIfEmpty(false);
    }

    static String key(String id) {
        return KEY_PREFIX + id;
    }
}
