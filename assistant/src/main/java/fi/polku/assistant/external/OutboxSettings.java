package fi.polku.assistant.external;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retrying deliveries to the external booking system ({@code polku.booking.outbox.*}).
 *
 * @param firstRetry the wait after the first failure; it doubles after each further failure
 * @param maxRetry the longest wait between attempts
 * @param maxAttempts failed attempts after which an entry is parked with its last failure
 * @param interval how often due entries are delivered
 * @param batch at most this many entries per round
 * @param claim how long an attempt holds its entry against other instances' rounds if it never releases it (the
 *     instance died); longer than the booking system's timeouts
 */
@ConfigurationProperties("polku.booking.outbox")
public record OutboxSettings(
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("15s") Duration interval,
        @DefaultValue("50") int batch,
        @DefaultValue("2m") Duration claim) {

    /** The wait before the next attempt after {@code failures} failed ones: exponential, capped. */
    public Duration backoff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
