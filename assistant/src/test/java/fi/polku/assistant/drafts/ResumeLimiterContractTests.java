package fi.polku.assistant.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The contract of every resume-limit adapter: so many attempts per client and period, shared by the instances
 * ({@link #instance(RateLimitSettings)} called twice gives the adapters of two instances; in memory there is one).
 */
public abstract class ResumeLimiterContractTests {

    protected static final RateLimitSettings THREE_PER_HOUR =
            new RateLimitSettings(true, new RateLimitSettings.Limit(3, Duration.ofHours(1)));

    protected abstract ResumeLimiter instance(RateLimitSettings settings);

    /** The adapter of a second instance, sharing the first one's state where the adapter can share it. */
    protected abstract ResumeLimiter otherInstance(RateLimitSettings settings);

    protected static String client() {
        return "198.51.100." + UUID.randomUUID();
    }

    @Test
    void refusesTheFourthAttemptOfAClientButNotAnotherClient() {
        ResumeLimiter limiter = instance(THREE_PER_HOUR);
        String client = client();

        List<Boolean> attempts = Flux.range(0, 4)
                .concatMap(i -> limiter.tryAttempt(client))
                .collectList()
                .block();

        assertThat(attempts).containsExactly(true, true, true, false);
        assertThat(limiter.tryAttempt(client()).block()).isTrue();
    }

    @Test
    void countsTheAttemptsOfBothInstancesAgainstOneLimit() {
        ResumeLimiter a = instance(THREE_PER_HOUR);
        ResumeLimiter b = otherInstance(THREE_PER_HOUR);
        String client = client();

        // twelve attempts at once, half through each instance
        List<Boolean> attempts = Flux.range(0, 12)
                .parallel(4)
                .runOn(Schedulers.parallel())
                .flatMap(i -> (i % 2 == 0 ? a : b).tryAttempt(client))
                .sequential()
                .collectList()
                .block();

        assertThat(attempts).filteredOn(allowed -> allowed).hasSize(3);
    }

    @Test
    void limitsNothingWhenRateLimitsAreOff() {
        ResumeLimiter limiter =
                instance(new RateLimitSettings(false, new RateLimitSettings.Limit(1, Duration.ofHours(1))));
        String client = client();

        assertThat(Flux.range(0, 5)
                        .concatMap(i -> limiter.tryAttempt(client))
                        .collectList()
                        .block())
                .containsOnly(true);
    }
}
