package fi.polku.assistant.booking;

import fi.polku.assistant.screening.Screening;
import reactor.core.publisher.Mono;

/**
 * What happens next with a booking, e.g. the referral to the team. Called once the booking is saved and before the
 * resident gets the answer; a failure is logged without personal data and the booking stands.
 */
public interface BookingHandoff {

    /** A booking was made for the screening. */
    Mono<Void> confirmed(Booking booking, Screening screening);

    /** A booking was cancelled or moved; {@code booking} is its new state. */
    Mono<Void> changed(Booking booking);

    /**
     * A resident cancelled a confirmed booking; {@code booking} is its new state. A change like any other unless a
     * hand-off needs to tell it apart (a booking withdrawn after a failed create was never confirmed, and comes as a
     * plain change).
     */
    default Mono<Void> cancelled(Booking booking) {
        return changed(booking);
    }
}
