package fi.polku.assistant.booking;

import java.time.ZonedDateTime;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An external scheduling system that owns the calendars' times (the FHIR adapter with Slot search). When a bean of
 * this type exists, slots come from it instead of Polku's opening hours, and a booking is made there before Polku
 * confirms it. Either call ends in an error when the system cannot be asked (down, slow, 5xx, a malformed answer);
 * Polku then tells the resident so and offers the calendar's phone number, never its own times in its place.
 */
public interface ExternalSlots {

    /** The calendar's free slots starting in {@code [from, to)}, each with its {@link Slot#externalId()}. */
    Flux<Slot> free(BookingCalendar calendar, ZonedDateTime from, ZonedDateTime to);

    /** Books the booking's slot there: true when booked (or booked already by this booking), false when taken. */
    Mono<Boolean> book(Booking booking);
}
