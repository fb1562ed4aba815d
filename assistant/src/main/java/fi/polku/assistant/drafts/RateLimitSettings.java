package fi.polku.assistant.drafts;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code polku.rate-limit.enabled} (default true; load tests and trials may turn limits off) and the resume-code limit:
 * {@code polku.rate-limit.resume.attempts} tries per client in {@code polku.rate-limit.resume.period} (10 per 15
 * minutes), so that guessing a 60-bit code is hopeless.
 */
@ConfigurationProperties("polku.rate-limit")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled, @DefaultValue Limit resume) {

    /** So many attempts per period, refilled gradually. */
    public record Limit(
            @DefaultValue("10") int attempts,
            @DefaultValue("15m") Duration period) {

        /** The limit of one client's bucket. */
        public Bandwidth bandwidth() {
            return Bandwidth.builder()
                    .capacity(attempts)
                    .refillGreedy(attempts, period)
                    .build();
        }

        /** One client's bucket, for a bucket kept elsewhere (Redis). */
        public BucketConfiguration bucket() {
            return BucketConfiguration.builder().addLimit(bandwidth()).build();
        }
    }
}
