package fi.polku.assistant.external;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingCalendar;
import fi.polku.assistant.booking.Channel;
import fi.polku.assistant.booking.ChannelOffer;
import fi.polku.assistant.booking.Slot;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * An external scheduling system speaking FHIR R4. A booking becomes an Appointment named by the booking id
 * ({@code identifier}); create is conditional ({@code If-None-Exist}), so a retried delivery never makes a second
 * one, and a 409 is settled by searching for that identifier. Cancel is a conditional update to {@code cancelled}.
 * The Appointment carries the time, target and channel only: the resident's contact details stay in the referral.
 */
public final class FhirBookingSystem implements BookingSystem {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 10;

    private final FhirBookingSettings settings;
    private final FhirContext fhir = FhirContext.forR4Cached();
    private final WebClient client;

    public FhirBookingSystem(FhirBookingSettings settings) {
        if (settings.baseUrl() == null) {
            throw new IllegalStateException("polku.booking.fhir.base-url is required when polku.booking.system=fhir");
        }
        this.settings = settings;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        settings.connectTimeout().toMillis())
                .responseTimeout(settings.responseTimeout());
        this.client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
    }

    @Override
    public Mono<Void> create(Booking booking) {
        return appoint(booking)
                .flatMap(made -> made
                        ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("409 on create but no Appointment found")));
    }

    /**
     * The calendar's free Slots starting in {@code [from, to)}: {@code GET [base]/Slot?schedule=&status=free&start=ge
     * &start=lt&_count=}, following the Bundle's {@code next} links (only on the same base, at most {@link
     * #MAX_PAGES} pages). A Slot names its channel in {@code appointmentType} (a coding's code or the text: phone,
     * video or visit); one that names none is offered in every channel the calendar has that day. Slots that are not
     * free, lack a time, or carry an id that is not a FHIR id are left out.
     */
    public Flux<Slot> free(BookingCalendar calendar, ZonedDateTime from, ZonedDateTime to) {
        URI first = UriComponentsBuilder.fromUri(url("Slot"))
                .queryParam("schedule", "{schedule}")
                .queryParam("status", "free")
                .queryParam("start", "{from}", "{to}")
                .queryParam("_count", PAGE_SIZE)
                .build(
                        settings.schedule(calendar.id()),
                        "ge" + DateTimeFormatter.ISO_INSTANT.format(from.toInstant()),
                        "lt" + DateTimeFormatter.ISO_INSTANT.format(to.toInstant()));
        return page(first)
                .expand(bundle -> next(bundle).map(this::page).orElse(Mono.empty()))
                .take(MAX_PAGES)
                .flatMapIterable(bundle -> slots(bundle, calendar, from, to));
    }

    /**
     * Books the booking's Slot: a conditional create of its Appointment (referring to the Slot). True when made or
     * already made by this booking; false on a 409 without this booking's Appointment (the Slot is taken there).
     */
    public Mono<Boolean> appoint(Booking booking) {
        String body = parser().encodeResourceToString(appointment(booking, Appointment.AppointmentStatus.BOOKED));
        return client.post()
                .uri(url("Appointment"))
                .contentType(FHIR_JSON)
                .accept(FHIR_JSON)
                .header("If-None-Exist", "identifier=" + identifier(booking))
                .bodyValue(body)
                .exchangeToMono(response -> {
                    if (response.statusCode().value() == HttpStatus.CONFLICT.value()) {
                        return response.releaseBody().thenReturn(true);
                    }
                    return answer(response, "create").thenReturn(false);
                })
                .timeout(settings.responseTimeout())
                .flatMap(conflict -> conflict ? exists(booking) : Mono.just(true));
    }

    private Mono<Bundle> page(URI uri) {
        return client.get()
                .uri(uri)
                .accept(FHIR_JSON)
                .exchangeToMono(response -> {
                    if (!response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody()
                                .then(Mono.<Bundle>error(failure(response.statusCode(), "slot search")));
                    }
                    return response.bodyToMono(String.class)
                            .switchIfEmpty(Mono.error(() -> new IllegalStateException("FHIR slot search: no body")))
                            .map(json -> parse(json, Bundle.class));
                })
                .timeout(settings.responseTimeout());
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
    public Mono<Void> cancel(Booking booking) {
        String body = parser().encodeResourceToString(appointment(booking, Appointment.AppointmentStatus.CANCELLED));
        return client.put()
                .uri(UriComponentsBuilder.fromUri(url("Appointment"))
                        .queryParam("identifier", "{identifier}")
                        .build(identifier(booking)))
                .contentType(FHIR_JSON)
                .accept(FHIR_JSON)
                .bodyValue(body)
                .exchangeToMono(response -> answer(response, "cancel"))
                .timeout(settings.responseTimeout());
    }

    /** After a 409 on create: true when the system already holds an Appointment with this booking's identifier. */
    private Mono<Boolean> exists(Booking booking) {
        return client.get()
                .uri(UriComponentsBuilder.fromUri(url("Appointment"))
                        .queryParam("identifier", "{identifier}")
                        .build(identifier(booking)))
                .accept(FHIR_JSON)
                .exchangeToMono(response -> {
                    if (!response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody()
                                .then(Mono.<Boolean>error(failure(response.statusCode(), "search")));
                    }
                    return response.bodyToMono(String.class)
                            .map(json -> !parse(json, Bundle.class).getEntry().isEmpty());
                })
                .timeout(settings.responseTimeout());
    }

    private Mono<Void> answer(ClientResponse response, String what) {
        HttpStatusCode status = response.statusCode();
        if (!status.is2xxSuccessful()) {
            return response.releaseBody().then(Mono.error(failure(status, what)));
        }
        // An answer that is not an Appointment is not a confirmed delivery: it fails and is retried.
        return response.bodyToMono(String.class)
                .doOnNext(json -> parse(json, Appointment.class))
                .then();
    }

    private static RuntimeException failure(HttpStatusCode status, String what) {
        String message = "FHIR " + what + " answered " + status.value();
        return status.is4xxClientError() && status.value() != HttpStatus.CONFLICT.value()
                ? new DeliveryRejected(message)
                : new IllegalStateException(message);
    }

    private <T extends IBaseResource> T parse(String json, Class<T> type) {
        try {
            return parser().parseResource(type, json);
        } catch (DataFormatException e) {
            throw new IllegalStateException("FHIR answer is not a valid " + type.getSimpleName(), e);
        }
    }

    private Appointment appointment(Booking booking, Appointment.AppointmentStatus status) {
        Appointment appointment = new Appointment();
        appointment.addIdentifier().setSystem(settings.identifierSystem()).setValue(booking.id());
        appointment.setStatus(status);
        appointment.setStart(Date.from(booking.start()));
        appointment.setEnd(Date.from(booking.end()));
        appointment.addServiceType(
                new CodeableConcept().setText(booking.target().name()));
        appointment.setAppointmentType(
                new CodeableConcept().setText(booking.channel().code()));
        appointment.addParticipant().setStatus(Appointment.ParticipationStatus.ACCEPTED);
        if (booking.externalSlotId() != null) {
            appointment.addSlot(new Reference("Slot/" + booking.externalSlotId()));
        }
        return appointment;
    }

    private String identifier(Booking booking) {
        return settings.identifierSystem() + "|" + booking.id();
    }

    private URI url(String resource) {
        String base = String.valueOf(settings.baseUrl());
        return URI.create(base.endsWith("/") ? base + resource : base + "/" + resource);
    }

    private IParser parser() {
        return fhir.newJsonParser();
    }
}
