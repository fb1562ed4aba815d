package fi.polku.assistant.notifications.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.notifications.MailJob;
import fi.polku.assistant.notifications.MailJobStore;
import fi.polku.assistant.notifications.MailJobStoreContractTests;
import fi.polku.assistant.notifications.MailKind;
import fi.polku.assistant.screening.redis.EmbeddedRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** The Redis mail job store against the shared contract, on a real redis-server. */
class RedisMailJobsTests extends MailJobStoreContractTests {

    private static EmbeddedRedis redisServer;
    private static LettuceConnectionFactory connections;
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
    protected MailJobStore store() {
        return new RedisMailJobs(redis, JsonMapper.builder().build());
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
    void keepsEachJobOnlyWithATtl() {
        MailJob job = job("ttl", MailKind.REMINDER, now());
        store().save(job, LONG).block();

        assertThat(redis.getExpire("polku:mail:job:" + job.id()).block())
                .isPositive()
                .isLessThanOrEqualTo(LONG);
    }

    @Test
    void twoInstancesPollingAtOnceSendEachJobOnce() {
        // the second instance: its own connections to the same server
        var otherConnections =
                new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redisServer.port()));
        otherConnections.afterPropertiesSet();
        otherConnections.start();
        try {
            MailJobStore instanceA = store();
            MailJobStore instanceB = new RedisMailJobs(
                    new ReactiveStringRedisTemplate(otherConnections),
                    JsonMapper.builder().build());
            Set<String> ids = IntStream.range(0, 20)
                    .mapToObj(i -> job("two-" + i, MailKind.CONFIRMATION, now()))
                    .map(job -> instanceA.save(job, LONG).thenReturn(job.id()).block())
                    .collect(Collectors.toSet());
            Instant at = now();

            List<String> claimed = Flux.range(0, 8)
                    .parallel(8)
                    .runOn(Schedulers.parallel())
                    .flatMap(i -> (i % 2 == 0 ? instanceA : instanceB).claimDue(at, Duration.ofMinutes(5), 1000))
                    .sequential()
                    .map(MailJob::id)
                    .filter(ids::contains)
                    .collectList()
                    .block();

            assertThat(claimed).hasSize(20).doesNotHaveDuplicates();
        } finally {
            otherConnections.destroy();
        }
    }
}
