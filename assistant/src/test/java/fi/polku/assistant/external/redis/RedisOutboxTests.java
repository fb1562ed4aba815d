package fi.polku.assistant.external.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.external.Outbox;
import fi.polku.assistant.external.OutboxContractTests;
import fi.polku.assistant.external.OutboxEntry;
import fi.polku.assistant.screening.redis.EmbeddedRedis;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The Redis outbox against the shared contract, on a real redis-server. */
class RedisOutboxTests extends OutboxContractTests {

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

    @BeforeEach
    void empty() {
        redis.execute(connection -> connection.serverCommands().flushAll()).blockLast();
    }

    @Override
    protected Outbox outbox() {
        return new RedisOutbox(redis, JsonMapper.builder().build());
    }

    @Test
    void keepsEachEntryWithTheRetentionAsTtl() {
        OutboxEntry entry = OutboxEntry.due("HHHH", OutboxEntry.Kind.CREATE, NOW);

        outbox().add(entry, Duration.ofDays(90)).block();

        assertThat(redis.getExpire("polku:outbox:HHHH:create").block())
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofDays(90));
    }
}
