package fi.polku.assistant.external;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingHandoff;
import fi.polku.assistant.booking.BookingStatus;
import fi.polku.assistant.screening.Screening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Hands each booking and cancellation to the configured {@link BookingSystem}. A failure is logged by kind only (no
 * ids, no personal data) and never undoes the booking: Polku's own calendar already holds it.
 */
public final class ExternalBookingHandoff implements BookingHandoff {

    private static final Logger log = LoggerFactory.getLogger(ExternalBookingHandoff.class);

    private final BookingSystem system;

    public ExternalBookingHandoff(BookingSystem system) {
        this.system = system;
    }

    @Override
    public Mono<Void> confirmed(Booking booking, Screening screening) {
        return system.create(booking).onErrorResume(e -> logged("create", e));
    }

    @Override
    public Mono<Void> changed(Booking booking) {
        if (booking.status() != BookingStatus.CANCELLED) {
            return Mono.empty();
        }
        return system.cancel(booking).onErrorResume(e -> logged("cancel", e));
    }

    private static Mono<Void> logged(String what, Throwable e) {
        log.warn(
                "External booking system: {} not delivered ({})",
                what,
                e.getClass().getSimpleName());
        return Mono.empty();
    }
}
