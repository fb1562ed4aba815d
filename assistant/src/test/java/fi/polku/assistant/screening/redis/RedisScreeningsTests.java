package fi.polku.assistant.screening.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.screening.Screening;
import fi.polku.assistant.screening.ScreeningSettings;
import fi.polku.assistant.screening.ScreeningStore;
import fi.polku.assistant.screening.ScreeningStoreContractTests;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The Redis store against the shared contract, on a real redis-server. */
class RedisScreeningsTests extends ScreeningStoreContractTests {

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
    protected ScreeningStore store(Duration expiry) {
        return new RedisScreenings(redis, JsonMapper.builder().build(), new ScreeningSettings(expiry, 5));
    }

    @Override
    protected void letTimePass(Duration time) throws InterruptedException {
        Thread.sleep(time.toMillis());
    }

    @Test
    void storesUnderThePrefixedKeyWithTheExpiryAsTtl() {
        Screening screening = teamScreening("GGGGGGGGGGGGGGGGGGGGGG");
        store(Duration.ofDays(7)).save(screening).block();

        Duration ttl = redis.getExpire("polku:screening:" + screening.id()).block();

        assertThat(ttl).isNotNull().isGreaterThan(Duration.ofDays(6)).isLessThanOrEqualTo(Duration.ofDays(7));
    }

    @Test
    void leavesNoKeyBehindOnceExpired() throws InterruptedException {
        Screening screening = teamScreening("HHHHHHHHHHHHHHHHHHHHHH");
        store(SHORT_EXPIRY).save(screening).block();

        letTimePass(SHORT_EXPIRY.plusMillis(300));

        assertThat(redis.hasKey("polku:screening:" + screening.id()).block()).isFalse();
    }

    @Test
    void storesNoNameOrContactFields() {
        Screening screening = crisisScreening("IIIIIIIIIIIIIIIIIIIIII");
        store(Duration.ofDays(7)).save(screening).block();

        String json =
                redis.opsForValue().get("polku:screening:" + screening.id()).block();

        assertThat(json).doesNotContainIgnoringCase("name").doesNotContainIgnoringCase("phone");
        assertThat(json).doesNotContainIgnoringCase("email").doesNotContainIgnoringCase("contact");
    }
}
