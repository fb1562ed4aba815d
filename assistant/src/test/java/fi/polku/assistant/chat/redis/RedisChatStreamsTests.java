package fi.polku.assistant.chat.redis;

import fi.polku.assistant.chat.ChatStreams;
import fi.polku.assistant.chat.ChatStreamsContractTests;
import fi.polku.assistant.screening.redis.EmbeddedRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Redis pub/sub against the shared contract: two adapters, each on its own connections, stand for two instances. */
class RedisChatStreamsTests extends ChatStreamsContractTests {

    private static EmbeddedRedis redisServer;
    private static LettuceConnectionFactory connectionsA;
    private static LettuceConnectionFactory connectionsB;
    private static RedisChatStreams instanceA;
    private static RedisChatStreams instanceB;

    @BeforeAll
    static void startRedis() {
        redisServer = EmbeddedRedis.start();
        connectionsA = connections();
        connectionsB = connections();
        instanceA = streams(connectionsA);
        instanceB = streams(connectionsB);
    }

    private static LettuceConnectionFactory connections() {
        return redisServer.connections();
    }

    private static RedisChatStreams streams(LettuceConnectionFactory connections) {
        return new RedisChatStreams(
                new ReactiveStringRedisTemplate(connections),
                connections,
                JsonMapper.builder().build());
    }

    @AfterAll
    static void stopRedis() {
        instanceA.destroy();
        instanceB.destroy();
        redisServer.close();
    }

    @Override
    protected ChatStreams instanceA() {
        return instanceA;
    }

    @Override
    protected ChatStreams instanceB() {
        return instanceB;
    }
}
