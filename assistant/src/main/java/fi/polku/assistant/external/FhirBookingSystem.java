package fi.polku.assistant.external;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import fi.polku.assistant.booking.Booking;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.util.Date;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
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

    /** One page of a search: the Bundle at the address, or an error for a non-2xx, an empty body or bad JSON. */
    Mono<Bundle> search(URI uri) {
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

    URI url(String resource) {
        String base = String.valueOf(settings.baseUrl());
        return URI.create(base.endsWith("/") ? base + resource : base + "/" + resource);
    }

    private IParser parser() {
        return fhir.newJsonParser();
    }
}
