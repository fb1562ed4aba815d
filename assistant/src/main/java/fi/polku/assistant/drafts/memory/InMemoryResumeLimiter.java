package fi.polku.assistant.drafts.memory;

import fi.polku.assistant.drafts.RateLimitSettings;
import fi.polku.assistant.drafts.ResumeLimiter;
import io.github.bucket4j.Bucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Resume-code limits in this process's memory (the embedded default: one instance). */
@Component
@Profile("!redis")
public class InMemoryResumeLimiter implements ResumeLimiter {

    private final RateLimitSettings settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public InMemoryResumeLimiter(RateLimitSettings settings) {
        this.settings = settings;
    }

    @Override
    public Mono<Boolean> tryAttempt(String client) {
        if (!settings.enabled()) {
            return Mono.just(true);
        }
        return Mono.fromSupplier(() -> buckets.computeIfAbsent(
                        client,
                        key -> Bucket.builder()
                                .addLimit(settings.resume().bandwidth())
                                .build())
                .tryConsume(1));
    }

    /** Forgets buckets that are full again, so that the map does not grow with every client ever seen. */
    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    void forgetRested() {
        long capacity = settings.resume().attempts();
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
    }
}
