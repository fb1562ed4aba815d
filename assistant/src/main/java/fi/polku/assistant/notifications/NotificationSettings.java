package fi.polku.assistant.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings under {@code polku.notifications}. Mail itself is on only when {@code spring.mail.host} is
 * set.
 *
 * @param from the sender address of the mails
 * @param poll how often due mail jobs are looked for
 * @param reminderBefore how long before the appointment the reminder goes out
 * @param maxAttempts how many failed attempts a mail gets before it is given up
 * @param backoff the wait after the first failure; it doubles after each further one
 * @param maxBackoff the longest wait between attempts
 * @param lease how long a claimed job is kept from other senders
 */
@ConfigurationProperties("polku.notifications")
public record NotificationSettings(
        @DefaultValue("polku@localhost") String from,
        @DefaultValue("30s") Duration poll,
        @DefaultValue("24h") Duration reminderBefore,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("5m") Duration lease) {

    /** The wait before the next attempt after {@code attempts} failures (1, 2, ...). */
    public Duration backoffAfter(int attempts) {
        Duration wait = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
