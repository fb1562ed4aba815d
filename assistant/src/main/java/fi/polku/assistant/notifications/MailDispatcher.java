package fi.polku.assistant.notifications;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingSettings;
import fi.polku.assistant.booking.BookingStatus;
import fi.polku.assistant.booking.BookingStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends the due mail jobs over SMTP. A delivery is recorded on the job ({@code sentAt}); a failure is recorded (its
 * type only) and retried with doubling backoff up to {@link NotificationSettings#maxAttempts()}. A reminder for a
 * booking cancelled meanwhile, or a job whose booking is gone, is dropped. Logs name the kind of mail, never a booking, an address or a name.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final MailJobStore jobs;
    private final BookingStore bookings;
    private final BookingMail mail;
    private final NotificationSettings settings;
    private final BookingSettings bookingSettings;
    private final Clock clock;

    MailDispatcher(
            MailJobStore jobs,
            BookingStore bookings,
            BookingMail mail,
            NotificationSettings settings,
            BookingSettings bookingSettings,
            Clock clock) {
        this.jobs = jobs;
        this.bookings = bookings;
        this.mail = mail;
        this.settings = settings;
        this.bookingSettings = bookingSettings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${polku.notifications.poll:PT30S}")
    void poll() {
        sendDue()
                .subscribe(
                        null,
                        error -> log.warn(
                                "Mail poll failed: {}", error.getClass().getName()));
    }

    /** Sends what is due now; emits how many jobs were handled (sent, failed or dropped). */
    public Mono<Long> sendDue() {
        return jobs.claimDue(clock.instant(), settings.lease(), BATCH)
                .concatMap(this::handle)
                .count();
    }

    private Mono<MailJob> handle(MailJob job) {
        return bookings.find(job.bookingId())
                .flatMap(booking -> stale(job, booking) ? drop(job) : send(job, booking))
                .switchIfEmpty(Mono.defer(() -> drop(job)));
    }

    private static boolean stale(MailJob job, Booking booking) {
        return job.kind() != MailKind.CANCELLATION && booking.status() == BookingStatus.CANCELLED
                || booking.contact().email() == null;
    }

    private Mono<MailJob> drop(MailJob job) {
        return jobs.delete(job.id()).thenReturn(job);
    }

    private Mono<MailJob> send(MailJob job, Booking booking) {
        Duration ttl = ttl(booking);
        // JavaMailSender blocks on the SMTP conversation
        return Mono.fromCallable(() -> {
                    mail.send(mail.write(booking, job.kind()));
                    return job.sent(clock.instant());
                })
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(sent -> log.info("{} mail sent after {} failed attempts", job.kind(), job.attempts()))
                .onErrorResume(error -> Mono.just(failed(job, error)))
                .flatMap(result -> jobs.save(result, ttl));
    }

    private MailJob failed(MailJob job, Throwable error) {
        int attempts = job.attempts() + 1;
        Instant retry =
                attempts < settings.maxAttempts() ? clock.instant().plus(settings.backoffAfter(attempts)) : null;
        // the type only: SMTP messages may quote the recipient's address
        String failure = error.getClass().getName();
        if (retry == null) {
            log.warn("{} mail given up after {} attempts: {}", job.kind(), attempts, failure);
        } else {
            log.warn("{} mail failed, attempt {}, retry at {}: {}", job.kind(), attempts, retry, failure);
        }
        return job.failed(failure, retry);
    }

    private Duration ttl(Booking booking) {
        Duration ttl = Duration.between(clock.instant(), booking.end()).plus(bookingSettings.retention());
        return ttl.isNegative() || ttl.isZero() ? Duration.ofMinutes(1) : ttl;
    }
}
