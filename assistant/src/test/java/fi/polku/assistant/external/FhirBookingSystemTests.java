package fi.polku.assistant.external;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingStatus;
import fi.polku.assistant.booking.Channel;
import fi.polku.assistant.booking.Contact;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FhirBookingSystemTests {

    static final String APPOINTMENT = """
            {"resourceType":"Appointment","id":"a1","status":"booked","participant":[{"status":"accepted"}]}""";

    final WireMockServer server = new WireMockServer(options().dynamicPort());
    FhirBookingSystem system;

    /** The first call loads HAPI's model and starts Netty, which takes seconds on a busy machine: not the fault tested. */
    @BeforeAll
    public static void warmUp() {
        WireMockServer warm = new WireMockServer(options().dynamicPort());
        warm.start();
        try {
            warm.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                    .willReturn(aResponse().withStatus(201).withBody(APPOINTMENT)));
            new FhirBookingSystem(new FhirBookingSettings(
                            URI.create(warm.baseUrl() + "/fhir"),
                            Duration.ofSeconds(30),
                            Duration.ofSeconds(60),
                            "urn:polku:booking",
                            true,
                            null))
                    .create(booking())
                    .block();
        } finally {
            warm.stop();
        }
    }

    @BeforeEach
    void start() {
        server.start();
        system = new FhirBookingSystem(new FhirBookingSettings(
                URI.create(server.baseUrl() + "/fhir"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                "urn:polku:booking",
                true,
                null));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void createsAConditionalAppointmentNamedByTheBookingIdWithoutPersonalData() {
        server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody(APPOINTMENT)));

        system.create(booking()).block();

        server.verify(postRequestedFor(urlPathEqualTo("/fhir/Appointment"))
                .withHeader("If-None-Exist", equalTo("identifier=urn:polku:booking|b-123"))
                .withRequestBody(matchingJsonPath("$.identifier[0].value", equalTo("b-123")))
                .withRequestBody(matchingJsonPath("$.status", equalTo("booked"))));
        assertThat(server.getAllServeEvents().getFirst().getRequest().getBodyAsString())
                .doesNotContain("Maija", "+358401234567", "maija@example.fi");
    }

    @Test
    void aConflictIsDoneWhenTheAppointmentIsAlreadyThere() {
        server.stubFor(
                post(urlPathEqualTo("/fhir/Appointment")).willReturn(aResponse().withStatus(409)));
        server.stubFor(get(urlPathEqualTo("/fhir/Appointment"))
                .withQueryParam("identifier", equalTo("urn:polku:booking|b-123"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[{\"resource\":"
                                + APPOINTMENT + "}]}")));

        system.create(booking()).block();
    }

    @Test
    void aConflictWithoutTheAppointmentFails() {
        server.stubFor(
                post(urlPathEqualTo("/fhir/Appointment")).willReturn(aResponse().withStatus(409)));
        server.stubFor(get(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(
                        aResponse().withStatus(200).withBody("{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}")));

        assertThatThrownBy(() -> system.create(booking()).block()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void serverErrorsFailForRetry() {
        server.stubFor(
                post(urlPathEqualTo("/fhir/Appointment")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> system.create(booking()).block())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("503");
    }

    @Test
    void aBadRequestIsRejectedForGood() {
        server.stubFor(
                post(urlPathEqualTo("/fhir/Appointment")).willReturn(aResponse().withStatus(422)));

        assertThatThrownBy(() -> system.create(booking()).block()).isInstanceOf(DeliveryRejected.class);
    }

    @Test
    void aSlowAnswerTimesOut() {
        server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody(APPOINTMENT).withFixedDelay(4_000)));

        assertThatThrownBy(() -> system.create(booking()).block()).isNotNull();
    }

    @Test
    void aBodyDrippingSlowerThanTheTimeoutFails() {
        server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody(APPOINTMENT).withChunkedDribbleDelay(5, 4_000)));

        assertThatThrownBy(() -> system.create(booking()).block()).isNotNull();
    }

    @Test
    void aDroppedConnectionFails() {
        server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> system.create(booking()).block()).isNotNull();
    }

    @Test
    void malformedJsonIsNotADelivery() {
        server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody("{\"resourceType\":\"Appointment\",")));

        assertThatThrownBy(() -> system.create(booking()).block())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a valid Appointment");
    }

    @Test
    void cancelIsAConditionalUpdateToCancelled() {
        server.stubFor(put(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(200).withBody(APPOINTMENT)));

        system.cancel(booking().cancelled(Instant.parse("2026-11-30T10:00:00Z")))
                .block();

        server.verify(putRequestedFor(urlPathEqualTo("/fhir/Appointment"))
                .withQueryParam("identifier", equalTo("urn:polku:booking|b-123"))
                .withRequestBody(matchingJsonPath("$.status", equalTo("cancelled"))));
    }

    public static Booking booking() {
        return new Booking(
                "b-123",
                "00",
                "s-1",
                BookingTarget.WORK_ABILITY_TEAM,
                "vaasa-team",
                "vaasa",
                Instant.parse("2026-12-01T07:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z"),
                Channel.PHONE,
                new Contact("Maija", "+358401234567", "maija@example.fi", "fi", null, null, null),
                true,
                null,
                Language.FI,
                null,
                BookingStatus.CONFIRMED,
                0,
                Instant.parse("2026-11-30T09:00:00Z"),
                null,
                null);
    }
}
