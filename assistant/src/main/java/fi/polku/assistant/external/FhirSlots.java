package fi.polku.assistant.external;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingCalendar;
import fi.polku.assistant.booking.Channel;
import fi.polku.assistant.booking.ChannelOffer;
import fi.polku.assistant.booking.ExternalSlots;
import fi.polku.assistant.booking.Slot;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The FHIR system as the source of free slots: its {@code Slot} search (parsed with HAPI's R4 structures), and on
 * booking an Appointment for the Slot ({@link FhirBookingSystem#appoint}). HTTP, timeouts and parsing are the
 * {@link FhirBookingSystem}'s.
 */
public final class FhirSlots implements ExternalSlots {

    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 10;

    private final FhirBookingSystem system;
    private final FhirBookingSettings settings;

    public FhirSlots(FhirBookingSystem system, FhirBookingSettings settings) {
        this.system = system;
        this.settings = settings;
    }

    /**
     * The calendar's free Slots starting in {@code [from, to)}: {@code GET [base]/Slot?schedule=&status=free&start=ge
     * &start=lt&_count=}, following the Bundle's {@code next} links (only on the same base, at most {@link
     * #MAX_PAGES} pages). A Slot names its channel in {@code appointmentType} (a coding's code or the text: phone,
     * video or visit); one that names none is offered in every channel the calendar has that day. Slots that are not
     * free, lack a time, or carry an id that is not a FHIR id are left out.
     */
    @Override
    public Flux<Slot> free(BookingCalendar calendar, ZonedDateTime from, ZonedDateTime to) {
        URI first = UriComponentsBuilder.fromUri(system.url("Slot"))
                .queryParam("schedule", "{schedule}")
                .queryParam("status", "free")
                .queryParam("start", "{from}", "{to}")
                .queryParam("_count", PAGE_SIZE)
                .build(
                        settings.schedule(calendar.id()),
                        "ge" + DateTimeFormatter.ISO_INSTANT.format(from.toInstant()),
                        "lt" + DateTimeFormatter.ISO_INSTANT.format(to.toInstant()));
        return system.search(first)
                .expand(bundle -> next(bundle).map(system::search).orElse(Mono.empty()))
                .take(MAX_PAGES)
                .flatMapIterable(bundle -> slots(bundle, calendar, from, to));
    }

    /** The next page, only when it is on the configured base: a server may not send Polku elsewhere. */
    private Optional<URI> next(Bundle bundle) {
        Bundle.BundleLinkComponent next = bundle.getLink(Bundle.LINK_NEXT);
        if (next == null || next.getUrl() == null) {
            return Optional.empty();
        }
        String base = String.valueOf(settings.baseUrl());
        return next.getUrl().startsWith(base) ? Optional.of(URI.create(next.getUrl())) : Optional.empty();
    }

    private static List<Slot> slots(Bundle bundle, BookingCalendar calendar, ZonedDateTime from, ZonedDateTime to) {
        List<Slot> slots = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (!(entry.getResource() instanceof org.hl7.fhir.r4.model.Slot found)
                    || found.getStatus() != org.hl7.fhir.r4.model.Slot.SlotStatus.FREE
                    || found.getStart() == null
                    || found.getEnd() == null) {
                continue;
            }
            String id = found.getIdElement().getIdPart();
            ZonedDateTime start = found.getStart().toInstant().atZone(Slot.ZONE);
            ZonedDateTime end = found.getEnd().toInstant().atZone(Slot.ZONE);
            if (id == null
                    || !Slot.EXTERNAL_ID.matcher(id).matches()
                    || !end.isAfter(start)
                    || start.isBefore(from)
                    || !start.isBefore(to)) {
                continue;
            }
            channels(found, calendar, start)
                    .forEach(channel -> slots.add(new Slot(calendar.id(), start, end, channel, id)));
        }
        return slots;
    }

    /** The Slot's channels that the calendar has; none named = every channel the calendar offers that day. */
    private static List<Channel> channels(
            org.hl7.fhir.r4.model.Slot found, BookingCalendar calendar, ZonedDateTime start) {
        Set<Channel> named = new LinkedHashSet<>();
        for (CodeableConcept type : List.of(found.getAppointmentType())) {
            type.getCoding().forEach(coding -> channel(coding.getCode()).ifPresent(named::add));
            channel(type.getText()).ifPresent(named::add);
        }
        List<Channel> offered = calendar.channelsOn(start.toLocalDate()).stream()
                .map(ChannelOffer::type)
                .toList();
        if (named.isEmpty()) {
            return offered;
        }
        return named.stream()
                .filter(channel -> calendar.channels().stream().anyMatch(offer -> offer.type() == channel))
                .toList();
    }

    private static Optional<Channel> channel(@Nullable String code) {
        return code == null ? Optional.empty() : Channel.fromCode(code.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public Mono<Boolean> book(Booking booking) {
        return system.appoint(booking);
    }
}
