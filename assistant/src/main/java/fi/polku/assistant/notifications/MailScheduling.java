package fi.polku.assistant.notifications;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingCancelled;
import fi.polku.assistant.booking.BookingConfirmed;
import fi.polku.assistant.booking.BookingHandoff;
import fi.polku.assistant.booking.BookingSettings;
import fi.polku.assistant.booking.BookingStatus;
import fi.polku.assistant.booking.BookingStore;
import fi.polku.assistant.screening.Screening;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns booking events into mail jobs for residents who gave an e-mail address: a confirmation now and a reminder
 * {@link NotificationSettings#reminderBefore()} before the meeting (none when that has passed); a cancellation drops
 * the pending reminder and sends a cancellation. A moved booking (a hand-off, since moving publishes no event) gets a
 * new confirmation with its raised SEQUENCE and its reminder moved. Jobs live as long as the booking's data does.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailScheduling implements BookingHandoff {

    private static final Logger log = LoggerFactory.getLogger(MailScheduling.class);

    private final BookingStore bookings;
    private final MailJobStore jobs;
    private final NotificationSettings settings;
    private final BookingSettings bookingSettings;
    private final Clock clock;

    MailScheduling(
            BookingStore bookings,
            MailJobStore jobs,
            NotificationSettings settings,
            BookingSettings bookingSettings,
            Clock clock) {
        this.bookings = bookings;
        this.jobs = jobs;
        this.settings = settings;
        this.bookingSettings = bookingSettings;
        this.clock = clock;
    }

    @EventListener
    void on(BookingConfirmed event) {
        // events come on a non-blocking thread: schedule without waiting
        scheduleConfirmation(event.bookingId()).subscribe(null, this::failed);
    }

    @EventListener
    void on(BookingCancelled event) {
        scheduleCancellation(event.bookingId()).subscribe(null, this::failed);
    }

    @Override
    public Mono<Void> confirmed(Booking booking, Screening screening) {
        return Mono.empty(); // the BookingConfirmed event follows
    }

    @Override
    public Mono<Void> changed(Booking booking) {
        // a cancellation comes as BookingCancelled; a confirmed booking that changed was moved
        return booking.status() == BookingStatus.CONFIRMED && booking.contact().email() != null
                ? jobs.delete(MailJob.idOf(booking.id(), MailKind.REMINDER)).then(schedule(booking))
                : Mono.empty();
    }

    Mono<Void> scheduleConfirmation(String bookingId) {
        return withEmail(bookingId).flatMap(this::schedule);
    }

    private Mono<Void> schedule(Booking booking) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Instant reminder = booking.start().minus(settings.reminderBefore());
            Mono<MailJob> confirmation = jobs.save(MailJob.of(booking.id(), MailKind.CONFIRMATION, now), ttl(booking));
            return reminder.isAfter(now)
                    ? confirmation
                            .then(jobs.save(MailJob.of(booking.id(), MailKind.REMINDER, reminder), ttl(booking)))
                            .then()
                    : confirmation.then();
        });
    }

    Mono<Void> scheduleCancellation(String bookingId) {
        return withEmail(bookingId)
                .flatMap(booking -> jobs.delete(MailJob.idOf(booking.id(), MailKind.REMINDER))
                        .then(jobs.save(MailJob.of(booking.id(), MailKind.CANCELLATION, clock.instant()), ttl(booking)))
                        .then());
    }

    private Mono<Booking> withEmail(String bookingId) {
        return bookings.find(bookingId).filter(booking -> booking.contact().email() != null);
    }

    /** As long as the booking itself is kept: the retention time after its meeting ended. */
    private Duration ttl(Booking booking) {
        Duration ttl = Duration.between(clock.instant(), booking.end()).plus(bookingSettings.retention());
        return ttl.isNegative() || ttl.isZero() ? Duration.ofMinutes(1) : ttl;
    }

    private void failed(Throwable error) {
        log.warn("Could not schedule a booking mail: {}", error.getClass().getName());
    }
}
