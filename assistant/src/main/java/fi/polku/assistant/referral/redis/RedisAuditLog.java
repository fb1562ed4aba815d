package fi.polku.assistant.referral.redis;

import fi.polku.assistant.referral.AuditEntry;
import fi.polku.assistant.referral.AuditLog;
import java.time.Duration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The audit log in Redis: a list of JSON entries per referral, {@code polku:audit:<referralId>}, with a TTL. */
@Component
@Profile("redis")
public class RedisAuditLog implements AuditLog {

    static final String KEY_PREFIX = "polku:audit:";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;

    public RedisAuditLog(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public Mono<Void> record(AuditEntry entry, Duration ttl) {
        String key = KEY_PREFIX + entry.referralId();
        return Mono.fromCallable(() -> json.writeValueAsString(entry))
                .flatMap(value -> redis.opsForList().rightPush(key, value))
                .then(redis.expire(key, ttl))
                .then();
    }

    @Override
    public Flux<AuditEntry> entries(String referralId) {
        return redis.opsForList()
                .range(KEY_PREFIX + referralId, 0, -1)
                .map(value -> json.readValue(value, AuditEntry.class));
    }
}
