package fi.polku.assistant.drafts.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.drafts.RateLimitSettings;
import fi.polku.assistant.drafts.ResumeLimiter;
import fi.polku.assistant.drafts.ResumeLimiterContractTests;
import fi.polku.assistant.screening.redis.EmbeddedRedis;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The Redis limiter against the shared contract: two adapters on separate connections stand for two instances. */
class RedisResumeLimiterTests extends ResumeLimiterContractTests {

    private static EmbeddedRedis redisServer;
    private static LettuceConnectionFactory connectionsA;
    private static LettuceConnectionFactory connectionsB;

    private final List<RedisResumeLimiter> made = new ArrayList<>();

    @BeforeAll
    static void startRedis() {
        redisServer = EmbeddedRedis.start();
        connectionsA = connections();
        connectionsB = connections();
    }

    private static LettuceConnectionFactory connections() {
        return redisServer.connections();
    }

    @AfterEach
    void closeLimiters() {
        made.forEach(RedisResumeLimiter::destroy);
    }

    @AfterAll
    static void stopRedis() {
        redisServer.close();
    }

    @Override
    protected ResumeLimiter instance(RateLimitSettings settings) {
        return track(new RedisResumeLimiter(settings, connectionsA));
    }

    @Override
    protected ResumeLimiter otherInstance(RateLimitSettings settings) {
        return track(new RedisResumeLimiter(settings, connectionsB));
    }

    private RedisResumeLimiter track(RedisResumeLimiter limiter) {
        made.add(limiter);
        return limiter;
    }

    @Test
    void keepsNoClientAddressInRedisAndLetsTheBucketExpire() {
        String client = client();
        instance(THREE_PER_HOUR).tryAttempt(client).block();
        var redis = new ReactiveStringRedisTemplate(connectionsA);

        List<String> keys =
                redis.keys(RedisResumeLimiter.KEY_PREFIX + "*").collectList().block();
        String key = new String(RedisResumeLimiter.key(client), StandardCharsets.UTF_8);

        assertThat(keys).contains(key).noneMatch(k -> k.contains("198.51.100"));
        // one of three attempts used: the bucket is full again after a third of the hour (plus a little slack)
        assertThat(redis.getExpire(key).block()).isPositive().isLessThanOrEqualTo(java.time.Duration.ofMinutes(21));
    }
}
