package fi.polku.assistant.drafts.redis;

import fi.polku.assistant.drafts.RateLimitSettings;
import fi.polku.assistant.drafts.ResumeLimiter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Resume-code limits in Redis (the {@code redis} profile), shared by every instance: Bucket4j's Lettuce proxy keeps
 * each client's bucket under {@code polku:rate:resume:<SHA-256 of the client address>} (no address in Redis) and
 * changes it by compare-and-swap, so two instances
 * taking attempts at once both count. A bucket's key expires once it would be full again, so Redis forgets rested
 * clients by itself. It uses a connection of its own from the application's Lettuce client (Bucket4j talks to
 * Lettuce directly, not through Spring Data Redis).
 */
@Component
@Profile("redis")
public class RedisResumeLimiter implements ResumeLimiter, DisposableBean {

    static final String KEY_PREFIX = "polku:rate:resume:";

    private final RateLimitSettings settings;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final AsyncProxyManager<String> buckets;
    private final CompletableFuture<BucketConfiguration> configuration;

    public RedisResumeLimiter(RateLimitSettings settings, LettuceConnectionFactory connections) {
        this.settings = settings;
        if (!(connections.getNativeClient() instanceof RedisClient client)) {
            throw new IllegalStateException("Resume-code rate limits need a standalone Redis (spring.data.redis.host, "
                    + ".port or .url); Redis Cluster and Sentinel are not supported by this adapter");
        }
        this.connection = client.connect(ByteArrayCodec.INSTANCE);
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build()
                .asAsync()
                .withMapper(RedisResumeLimiter::key);
        this.configuration = CompletableFuture.completedFuture(settings.resume().bucket());
    }

    @Override
    public Mono<Boolean> tryAttempt(String client) {
        if (!settings.enabled()) {
            return Mono.just(true);
        }
        return Mono.fromFuture(
                () -> buckets.getProxy(client, () -> configuration).tryConsume(1));
    }

    static byte[] key(String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return (KEY_PREFIX + HexFormat.of().formatHex(digest)).getBytes(StandardCharsets.UTF_8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void destroy() {
        connection.close();
    }
}
