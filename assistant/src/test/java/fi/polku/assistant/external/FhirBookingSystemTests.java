package fi.polku.assistant.external;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import fi.polku.assistant.booking.BookingCalendar;
import fi.polku.assistant.booking.BookingStatus;
import fi.polku.assistant.booking.CalendarsLoader;
import fi.polku.assistant.booking.Channel;
import fi.polku.assistant.booking.Contact;
import fi.polku.assistant.booking.Slot;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FhirBookingSystemTests {

    static final String APPOINTMENT = """
            {"resourceType":"Appointment","id":"a1","status":"booked","participant":[{"status":"accepted"}]}""";

    final WireMockServer server = new WireMockServer(options().dynamicPort());
    FhirBookingSettings settings;
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
        settings = new FhirBookingSettings(
                URI.create(server.baseUrl() + "/fhir"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                "urn:polku:booking",
                true,
                null);
        system = new FhirBookingSystem(settings);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Nested
    class SlotSearch {

        // Tuesday 1 December 2026: Oulu's service guidance offers phone, video and visit that day
        private final BookingCalendar oulu =
                CalendarsLoader.load(null).find("oulu-sg").orElseThrow();
        private final ZonedDateTime from = ZonedDateTime.parse("2026-12-01T00:00:00+02:00[Europe/Helsinki]");
        private final ZonedDateTime to = from.plusDays(1);

        @Test
        void asksForTheCalendarsFreeSlotsInTheWindow() {
            answer(
                    "/fhir/Slot",
                    bundle(null, slot("s1", "09:10", "09:50", "free", "{\"coding\":[{\"code\":\"video\"}]}")));

            List<Slot> slots = slots().free(oulu, from, to).collectList().block();

            assertThat(slots)
                    .containsExactly(new Slot(
                            "oulu-sg",
                            from.withHour(9).withMinute(10),
                            from.withHour(9).withMinute(50),
                            Channel.VIDEO,
                            "s1"));
            server.verify(getRequestedFor(urlPathEqualTo("/fhir/Slot"))
                    .withQueryParam("schedule", equalTo("Schedule/oulu-sg"))
                    .withQueryParam("status", equalTo("free"))
                    .withQueryParam("start", equalTo("ge2026-11-30T22:00:00Z"))
                    .withQueryParam("start", equalTo("lt2026-12-01T22:00:00Z")));
        }

        @Test
        void offersASlotNamingNoChannelInEachChannelOfThatDay() {
            answer("/fhir/Slot", bundle(null, slot("s2", "10:00", "10:45", "free", null)));

            assertThat(slots().free(oulu, from, to)
                            .map(Slot::channel)
                            .collectList()
                            .block())
                    .containsExactly(Channel.PHONE, Channel.VIDEO, Channel.VISIT);
        }

        @Test
        void leavesOutBusySlotsSlotsOutsideTheWindowAndIdsThatAreNotFhirIds() {
            answer(
                    "/fhir/Slot",
                    bundle(
                            null,
                            slot("busy", "10:00", "10:45", "busy", null),
                            slot("bad_id!", "11:00", "11:45", "free", null),
                            "{\"resourceType\":\"Slot\",\"id\":\"late\",\"status\":\"free\","
                                    + "\"schedule\":{\"reference\":\"Schedule/x\"},"
                                    + "\"start\":\"2026-12-02T09:00:00+02:00\",\"end\":\"2026-12-02T10:00:00+02:00\"}"));

            assertThat(slots().free(oulu, from, to).collectList().block()).isEmpty();
        }

        @Test
        void followsNextLinksOnTheSameBaseOnly() {
            String second = server.baseUrl() + "/fhir/Slot-page-2";
            answer("/fhir/Slot", bundle(second, slot("p1", "09:00", "09:45", "free", "{\"text\":\"phone\"}")));
            answer(
                    "/fhir/Slot-page-2",
                    bundle(
                            "https://elsewhere.example/fhir/Slot?page=3",
                            slot("p2", "12:00", "12:45", "free", "{\"text\":\"Phone\"}")));

            assertThat(slots().free(oulu, from, to)
                            .map(Slot::externalId)
                            .collectList()
                            .block())
                    .containsExactly("p1", "p2");
        }

        @Test
        void failsOnAServerErrorMalformedJsonOrAnEmptyBody() {
            server.stubFor(
                    get(urlPathEqualTo("/fhir/Slot")).willReturn(aResponse().withStatus(500)));
            assertThatThrownBy(() -> slots().free(oulu, from, to).blockLast())
                    .isInstanceOf(IllegalStateException.class);

            answer("/fhir/Slot", "{\"resourceType\":\"Bundle\",");
            assertThatThrownBy(() -> slots().free(oulu, from, to).blockLast())
                    .isInstanceOf(IllegalStateException.class);

            server.stubFor(
                    get(urlPathEqualTo("/fhir/Slot")).willReturn(aResponse().withStatus(200)));
            assertThatThrownBy(() -> slots().free(oulu, from, to).blockLast())
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void booksTheSlotOrFindsItTakenThere() {
            Booking booking = booking("s9");
            server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                    .willReturn(aResponse().withStatus(201).withBody(APPOINTMENT)));
            assertThat(system.appoint(booking).block()).isTrue();
            server.verify(postRequestedFor(urlPathEqualTo("/fhir/Appointment"))
                    .withRequestBody(matchingJsonPath("$.slot[0].reference", equalTo("Slot/s9"))));

            server.resetAll();
            server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                    .willReturn(aResponse().withStatus(409)));
            server.stubFor(get(urlPathEqualTo("/fhir/Appointment"))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withBody("{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}")));
            assertThat(system.appoint(booking).block()).isFalse();
        }

        private FhirSlots slots() {
            return new FhirSlots(system, settings);
        }

        private void answer(String path, String body) {
            server.stubFor(get(urlPathEqualTo(path))
                    .willReturn(aResponse().withStatus(200).withBody(body)));
        }

        private static String bundle(String next, String... slots) {
            String link = next == null ? "" : "\"link\":[{\"relation\":\"next\",\"url\":\"" + next + "\"}],";
            String entries =
                    Stream.of(slots).map(slot -> "{\"resource\":" + slot + "}").collect(Collectors.joining(","));
            return "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"," + link + "\"entry\":[" + entries + "]}";
        }

        private static String slot(String id, String start, String end, String status, String type) {
            return "{\"resourceType\":\"Slot\",\"id\":\"" + id + "\",\"schedule\":{\"reference\":\"Schedule/oulu-sg\"},"
                    + "\"status\":\"" + status + "\",\"start\":\"2026-12-01T" + start + ":00+02:00\","
                    + "\"end\":\"2026-12-01T" + end + ":00+02:00\""
                    + (type == null ? "" : ",\"appointmentType\":" + type) + "}";
        }
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
        return booking(null);
    }

    static Booking booking(String externalSlotId) {
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
                externalSlotId);
    }
}
