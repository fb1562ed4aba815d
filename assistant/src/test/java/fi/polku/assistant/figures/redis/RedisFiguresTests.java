package fi.polku.assistant.figures.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.figures.FigureSettings;
import fi.polku.assistant.figures.FigureStore;
import fi.polku.assistant.figures.FigureStoreContractTests;
import fi.polku.assistant.screening.redis.EmbeddedRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The Redis store against the shared contract, on a real redis-server. */
class RedisFiguresTests extends FigureStoreContractTests {

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
    protected FigureStore store(Duration retention) {
        // every test starts from an empty server: the suite's days overlap
        redis.execute(connection -> connection.serverCommands().flushAll()).blockLast();
        return new RedisFigures(redis, new FigureSettings(retention, 30, 366, false), Clock.systemUTC());
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
    void keepsADayInOneHashThatExpiresWithItsRetention() {
        LocalDate yesterday = LocalDate.now(FigureStore.ZONE).minusDays(1);
        store(Duration.ofDays(400))
                .add(yesterday, "mieli", Map.of("screenings", 1L))
                .block();

        Duration ttl = redis.getExpire("polku:figures:" + yesterday).block();
        Map<Object, Object> fields = redis.opsForHash()
                .entries("polku:figures:" + yesterday)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .block();

        assertThat(ttl).isNotNull().isGreaterThan(Duration.ofDays(399)).isLessThanOrEqualTo(Duration.ofDays(400));
        assertThat(fields).containsExactly(Map.entry("mieli|screenings", "1"));
    }
}
