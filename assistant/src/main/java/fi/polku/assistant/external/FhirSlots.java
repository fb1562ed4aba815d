package fi.polku.assistant.external;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingCalendar;
import fi.polku.assistant.booking.ExternalSlots;
import fi.polku.assistant.booking.Slot;
import java.time.ZonedDateTime;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The FHIR system as the source of free slots: its Slot search, and an Appointment for the Slot on booking. */
final class FhirSlots implements ExternalSlots {

    private final FhirBookingSystem system;

    FhirSlots(FhirBookingSystem system) {
        this.system = system;
    }

    @Override
    public Flux<Slot> free(BookingCalendar calendar, ZonedDateTime from, ZonedDateTime to) {
        return system.free(calendar, from, to);
    }

    @Override
    public Mono<Boolean> book(Booking booking) {
        return system.appoint(booking);
    }
}
