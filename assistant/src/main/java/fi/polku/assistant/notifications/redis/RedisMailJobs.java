package fi.polku.assistant.notifications.redis;

import fi.polku.assistant.notifications.MailJob;
import fi.polku.assistant.notifications.MailJobStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mail jobs in Redis: each under {@code polku:mail:job:<id>} (JSON, always with a TTL: it names a booking) and the
 * pending ones in the sorted set {@code polku:mail:due}, scored by when they may be claimed next. A claim moves the
 * score on by the lease in a Lua script, so only one sender gets a job.
 */
@Component
@Profile("redis")
public class RedisMailJobs implements MailJobStore {

    static final String KEY_PREFIX = "polku:mail:job:";
    static final String DUE = "polku:mail:due";

    // KEYS = due set, ARGV = id, now (ms), lease end (ms). Claims the job while it is still due.
    private static final RedisScript<Long> CLAIM = RedisScript.of("""
            local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
            if score and tonumber(score) <= tonumber(ARGV[2]) then
              redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
              return 1
            end
            return 0
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;

    public RedisMailJobs(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public Mono<MailJob> save(MailJob job, Duration ttl) {
        Instant due = job.due();
        Mono<?> index = due != null
                ? redis.opsForZSet().add(DUE, job.id(), due.toEpochMilli())
                : redis.opsForZSet().remove(DUE, job.id());
        return Mono.fromCallable(() -> json.writeValueAsString(new StoredMailJob(StoredMailJob.FORMAT, job)))
                .flatMap(value -> redis.opsForValue().set(KEY_PREFIX + job.id(), value, ttl))
                .then(index)
                .thenReturn(job);
    }

    @Override
    public Mono<MailJob> find(String id) {
        return redis.opsForValue()
                .get(KEY_PREFIX + id)
                .map(value -> json.readValue(value, StoredMailJob.class).job());
    }

    @Override
    public Mono<Boolean> delete(String id) {
        return redis.opsForZSet()
                .remove(DUE, id)
                .then(redis.delete(KEY_PREFIX + id))
                .map(deleted -> deleted > 0);
    }

    @Override
    public Flux<MailJob> claimDue(Instant now, Duration lease, int limit) {
        long nowMs = now.toEpochMilli();
        String leaseEnd = Long.toString(now.plus(lease).toEpochMilli());
        return redis.opsForZSet()
                .rangeByScore(
                        DUE, Range.closed(0.0, (double) nowMs), Limit.limit().count(limit))
                .concatMap(id -> Flux.from(
                                redis.execute(CLAIM, List.of(DUE), List.of(id, Long.toString(nowMs), leaseEnd)))
                        .next()
                        .filter(claimed -> claimed == 1L)
                        .flatMap(claimed -> find(id)
                                // its key ran out with its booking's retention: drop it from the index too
                                .switchIfEmpty(
                                        redis.opsForZSet().remove(DUE, id).then(Mono.empty()))));
    }

    /** The stored shape: {@code format} is raised when the job's JSON changes incompatibly. */
    record StoredMailJob(int format, MailJob job) {

        static final int FORMAT = 1;
    }
}
