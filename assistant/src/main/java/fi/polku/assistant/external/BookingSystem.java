package fi.polku.assistant.external;

import fi.polku.assistant.booking.Booking;
import reactor.core.publisher.Mono;

/**
 * Where a booked time is kept besides Polku's own calendar. Both calls are idempotent by the booking id, so a retry
 * after a lost answer never books twice. A failed call ends in an error; {@link DeliveryRejected} means retrying
 * will not help.
 */
public interface BookingSystem {

    /** Makes the booking known to the system; done when it already is. */
    Mono<Void> create(Booking booking);

    /** Cancels the booking in the system; done when it already is cancelled. */
    Mono<Void> cancel(Booking booking);
}
