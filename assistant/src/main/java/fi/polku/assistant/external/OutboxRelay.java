package fi.polku.assistant.external;

import fi.polku.assistant.booking.BookingStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delivers what the outbox owes the external booking system. A delivered entry is removed; a failure is recorded on
 * the entry and retried with exponential backoff; a rejection (or {@code maxAttempts} failures) parks the entry with
 * its last failure for a person to look at. Each attempt holds the entry's claim, so two instances never deliver one
 * entry at once; deliveries are also idempotent by the booking id, so an entry sent again after a lost answer still
 * makes one Appointment.
 */
public final class OutboxRelay {

    private final Outbox outbox;
    private final BookingStore bookings;
    private final BookingSystem system;
    private final OutboxSettings settings;
    private final Duration retention;
    private final Clock clock;

    public OutboxRelay(
            Outbox outbox,
            BookingStore bookings,
            BookingSystem system,
            OutboxSettings settings,
            Duration retention,
            Clock clock) {
        this.outbox = outbox;
        this.bookings = bookings;
        this.system = system;
        this.settings = settings;
        this.retention = retention;
        this.clock = clock;
    }

    /** Queues a delivery, due after the first retry wait so that the immediate attempt is not raced by a round. */
    public Mono<OutboxEntry> queue(String bookingId, OutboxEntry.Kind kind) {
        OutboxEntry entry = OutboxEntry.due(bookingId, kind, clock.instant().plus(settings.firstRetry()));
        return outbox.add(entry, retention).thenReturn(entry);
    }

    /** One round: every due entry that no other instance is delivering, one after another. */
    public Mono<Void> deliverDue() {
        Instant now = clock.instant();
        return outbox.due(now, settings.batch())
                .concatMap(listed -> claimed(
                        listed.key(),
                        outbox.find(listed.key())
                                // another instance may have delivered it, or recorded a failure, since the list was
                                // read
                                .filter(entry ->
                                        !entry.parked() && !entry.nextAttempt().isAfter(now))
                                .flatMap(this::deliver)))
                .then();
    }

    /** Runs {@code attempt} only when this caller holds the entry's claim, and releases the claim after it. */
    private Mono<Void> claimed(String key, Mono<Void> attempt) {
        return outbox.claim(key, settings.claim())
                .filter(Boolean::booleanValue)
                .flatMap(claim -> attempt.then(outbox.release(key)));
    }

    /** One attempt at one entry; never fails, the outcome is recorded in the outbox. */
    public Mono<Void> deliver(OutboxEntry entry) {
        return bookings.find(entry.bookingId())
                .flatMap(booking -> (entry.kind() == OutboxEntry.Kind.CREATE
                                ? system.create(booking)
                                : system.cancel(booking))
                        .then(outbox.remove(entry.key()))
                        .thenReturn(true))
                // The booking's retention ran out: there is nothing left to deliver.
                .switchIfEmpty(outbox.remove(entry.key()).thenReturn(true))
                .onErrorResume(e -> outbox.save(failed(entry, e), retention).thenReturn(false))
                .then();
    }

    /**
     * A person's "retry now" of a parked entry: it is made due again and tried at once. The answer is the entry as it
     * stands after that attempt (parked again, or waiting for the next round), or empty when it was delivered or is
     * not a parked entry.
     */
    public Mono<OutboxEntry> retryNow(String key) {
        return claimed(
                        key,
                        outbox.find(key)
                                .filter(OutboxEntry::parked)
                                .map(entry -> entry.retried(clock.instant()))
                                .flatMap(entry -> outbox.save(entry, retention).then(deliver(entry))))
                .then(outbox.find(key));
    }

    /** The parked entries, for a person to look at: at most {@code limit}, the most recently parked first. */
    public Flux<OutboxEntry> parked(int limit) {
        return outbox.parked(limit);
    }

    private OutboxEntry failed(OutboxEntry entry, Throwable e) {
        String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof DeliveryRejected || entry.attempts() + 1 >= settings.maxAttempts()) {
            return entry.parked(failure, clock.instant());
        }
        return entry.failed(failure, clock.instant().plus(settings.backoff(entry.attempts() + 1)), clock.instant());
    }
}
