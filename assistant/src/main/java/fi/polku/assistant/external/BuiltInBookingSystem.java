package fi.polku.assistant.external;

import fi.polku.assistant.booking.Booking;
import reactor.core.publisher.Mono;

/** The default: Polku's own calendar is the booking system, so there is nothing to deliver anywhere. */
public final class BuiltInBookingSystem implements BookingSystem {

    @Override
    public Mono<Void> create(Booking booking) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> cancel(Booking booking) {
        return Mono.empty();
    }
}
