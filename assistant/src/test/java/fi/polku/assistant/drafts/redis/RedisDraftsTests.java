package fi.polku.assistant.drafts.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.DraftStore;
import fi.polku.assistant.drafts.DraftStoreContractTests;
import fi.polku.assistant.screening.redis.EmbeddedRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The Redis store against the shared contract, on a real redis-server. */
class RedisDraftsTests extends DraftStoreContractTests {

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
    protected DraftStore store() {
        return new RedisDrafts(redis, JsonMapper.builder().build(), Clock.systemUTC());
    }

    @Override
    protected Instant now() {
        return Instant.now();
    }

    @Override
    protected void letTimePass(Duration time) throws InterruptedException {
        Thread.sleep(time.toMillis());
    }

    @Test
    void storesDraftAndCodeUnderPrefixedKeysWithTheExpiryAsTtl() {
        Draft draft = fullDraft("RRRRRRRRRRRRRRRRRRRRRR", "RRRRRRRRRRRR", Duration.ofDays(7));
        store().save(draft).block();

        Duration draftTtl = redis.getExpire("polku:draft:" + draft.id()).block();
        Duration codeTtl =
                redis.getExpire("polku:draft-code:" + draft.resumeCode()).block();

        assertThat(draftTtl).isNotNull().isGreaterThan(Duration.ofDays(6)).isLessThanOrEqualTo(Duration.ofDays(7));
        assertThat(codeTtl).isNotNull().isGreaterThan(Duration.ofDays(6)).isLessThanOrEqualTo(Duration.ofDays(7));
    }

    @Test
    void leavesNoKeyBehindOnceExpired() throws InterruptedException {
        Draft draft = emptyDraft("SSSSSSSSSSSSSSSSSSSSSS", "SSSSSSSSSSSS", SHORT_EXPIRY);
        store().save(draft).block();

        letTimePass(SHORT_EXPIRY.plusMillis(300));

        assertThat(redis.hasKey("polku:draft:" + draft.id()).block()).isFalse();
        assertThat(redis.hasKey("polku:draft-code:" + draft.resumeCode()).block())
                .isFalse();
    }
}
