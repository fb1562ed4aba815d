package fi.polku.assistant.external;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingHandoff;
import fi.polku.assistant.booking.BookingStatus;
import fi.polku.assistant.screening.Screening;
import reactor.core.publisher.Mono;

/**
 * Hands each booking and cancellation to the external booking system through the outbox: the delivery is stored
 * first (so nothing is lost if the system or Polku is down), then tried once at once without making the resident
 * wait for it; the {@link OutboxRelay}'s rounds retry what failed.
 */
public final class ExternalBookingHandoff implements BookingHandoff {

    private final OutboxRelay relay;

    public ExternalBookingHandoff(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public Mono<Void> confirmed(Booking booking, Screening screening) {
        if (booking.externalSlotId() != null) {
            // booked in the external system already, before Polku confirmed it (ExternalSlots.book)
            return Mono.empty();
        }
        return handOff(booking.id(), OutboxEntry.Kind.CREATE);
    }

    @Override
    public Mono<Void> changed(Booking booking) {
        if (booking.status() != BookingStatus.CANCELLED) {
            return Mono.empty();
        }
        return handOff(booking.id(), OutboxEntry.Kind.CANCEL);
    }

    private Mono<Void> handOff(String bookingId, OutboxEntry.Kind kind) {
        return relay.queue(bookingId, kind)
                .doOnNext(entry -> relay.deliver(entry).subscribe())
                .then();
    }
}
