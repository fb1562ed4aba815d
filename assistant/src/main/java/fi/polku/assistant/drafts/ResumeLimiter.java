package fi.polku.assistant.drafts;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits resume-code attempts per client (Bucket4j token buckets in this process). Several instances behind a load
 * balancer each keep their own buckets, which multiplies the limit by the number of instances at most.
 */
@Component
class ResumeLimiter {

    private final RateLimitSettings settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ResumeLimiter(RateLimitSettings settings) {
        this.settings = settings;
    }

    /** Takes one attempt from the client's bucket; false when the client has used them all for now. */
    boolean tryAttempt(String client) {
        if (!settings.enabled()) {
            return true;
        }
        return buckets.computeIfAbsent(client, key -> newBucket()).tryConsume(1);
    }

    /** Forgets buckets that are full again, so that the map does not grow with every client ever seen. */
    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    void forgetRested() {
        long capacity = settings.resume().attempts();
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
    }

    private Bucket newBucket() {
        RateLimitSettings.Limit limit = settings.resume();
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.attempts())
                        .refillGreedy(limit.attempts(), limit.period())
                        .build())
                .build();
    }
}
