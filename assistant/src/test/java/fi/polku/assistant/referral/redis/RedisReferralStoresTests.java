package fi.polku.assistant.referral.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.referral.AuditEntry;
import fi.polku.assistant.referral.AuditLog;
import fi.polku.assistant.referral.ReferralStore;
import fi.polku.assistant.referral.ReferralStoreContractTests;
import fi.polku.assistant.screening.redis.EmbeddedRedis;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The Redis referral store and audit log against their shared contract, on a real redis-server. */
class RedisReferralStoresTests extends ReferralStoreContractTests {

    private static EmbeddedRedis redisServer;
    private static ReactiveStringRedisTemplate redis;

    @BeforeAll
    static void startRedis() {
        redisServer = EmbeddedRedis.start();
        redis = redisServer.template();
    }

    @AfterAll
    static void stopRedis() {
        redisServer.close();
    }

    @Override
    protected ReferralStore store() {
        return new RedisReferrals(redis, JsonMapper.builder().build());
    }

    @Override
    protected AuditLog audit() {
        return new RedisAuditLog(redis, JsonMapper.builder().build());
    }

    @Override
    protected void letTimePass(Duration time) throws InterruptedException {
        Thread.sleep(time.toMillis());
    }

    @Test
    void keepsEveryPersonalKeyWithATtl() {
        store().save(referral("HHHHHHHHHHHHHHHHHHHHHH", "b9", Instant.parse("2026-11-22T10:00:00Z")), LONG)
                .block();
        audit().record(new AuditEntry(Instant.now(), "anna", "HHHHHHHHHHHHHHHHHHHHHH", "OPENED", null), LONG)
                .block();

        assertThat(redis.getExpire("polku:referral:HHHHHHHHHHHHHHHHHHHHHH").block())
                .isPositive();
        assertThat(redis.getExpire("polku:referral-booking:b9").block()).isPositive();
        assertThat(redis.getExpire("polku:audit:HHHHHHHHHHHHHHHHHHHHHH").block())
                .isPositive();
    }
}
