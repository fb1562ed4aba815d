package fi.polku.assistant.external;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.MovableClock;
import fi.polku.assistant.booking.memory.InMemoryBookings;
import fi.polku.assistant.external.memory.InMemoryOutbox;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The outbox delivering to a WireMock FHIR server under each fault, then after it recovers. */
class OutboxRelayTests {

    static final String APPOINTMENT = FhirBookingSystemTests.APPOINTMENT;
    static final Duration RETENTION = Duration.ofDays(90);

    final WireMockServer server = new WireMockServer(options().dynamicPort());
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T09:00:00Z"));
    final InMemoryOutbox outbox = new InMemoryOutbox(clock);
    final InMemoryBookings bookings = new InMemoryBookings(clock);
    final OutboxSettings settings = new OutboxSettings(
            Duration.ofSeconds(30), Duration.ofMinutes(10), 4, Duration.ofSeconds(15), 50, Duration.ofMinutes(2));
    FhirBookingSystem system;
    OutboxRelay relay;
    Booking booking;

    @BeforeAll
    static void warmUp() {
        FhirBookingSystemTests.warmUp();
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
        relay = new OutboxRelay(outbox, bookings, system, settings, RETENTION, clock);
        booking = FhirBookingSystemTests.booking();
        bookings.save(booking, RETENTION).block();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void twoInstancesRoundsAtOnceDeliverAnEntryOnce() {
        server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody(APPOINTMENT).withFixedDelay(500)));
        relay.queue(booking.id(), OutboxEntry.Kind.CREATE).block();
        clock.advance(Duration.ofSeconds(30));
        OutboxRelay otherInstance = new OutboxRelay(outbox, bookings, system, settings, RETENTION, clock);

        Mono.when(
                        relay.deliverDue().subscribeOn(Schedulers.parallel()),
                        otherInstance.deliverDue().subscribeOn(Schedulers.parallel()))
                .block();

        server.verify(1, postRequestedFor(urlPathEqualTo("/fhir/Appointment")));
        assertThat(outbox.find(booking.id() + ":create").block()).isNull();
    }

    @Test
    void aServerErrorIsRetriedWithBackoffAndDeliveredOnceAfterRecovery() {
        failFirstCreateWith(aResponse().withStatus(503));

        deliverAtOnce(OutboxEntry.Kind.CREATE);
        OutboxEntry failed = outbox.find(booking.id() + ":create").block();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastFailure()).contains("503");
        assertThat(failed.nextAttempt()).isEqualTo(clock.instant().plusSeconds(30));

        relay.deliverDue().block();
        assertThat(server.countRequestsMatching(postRequestedFor(urlPathEqualTo("/fhir/Appointment"))
                                .build())
                        .getCount())
                .as("not due before its backoff")
                .isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        relay.deliverDue().block();

        assertDeliveredOnceAfterRecovery();
    }

    @Test
    void aTimeoutIsRetriedAndEveryAttemptIsConditional() {
        failFirstCreateWith(aResponse().withStatus(201).withBody(APPOINTMENT).withFixedDelay(4_000));

        deliverAtOnce(OutboxEntry.Kind.CREATE);
        assertThat(outbox.find(booking.id() + ":create").block().lastFailure()).contains("Timeout");
        clock.advance(Duration.ofSeconds(30));
        relay.deliverDue().block();

        assertDeliveredOnceAfterRecovery();
        server.verify(0, postRequestedFor(urlPathEqualTo("/fhir/Appointment")).withHeader("If-None-Exist", absent()));
    }

    @Test
    void aDroppedConnectionIsRetried() {
        failFirstCreateWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        deliverAtOnce(OutboxEntry.Kind.CREATE);
        clock.advance(Duration.ofSeconds(30));
        relay.deliverDue().block();

        assertDeliveredOnceAfterRecovery();
    }

    @Test
    void aConflictForAnAppointmentAlreadyThereIsADelivery() {
        server.stubFor(
                post(urlPathEqualTo("/fhir/Appointment")).willReturn(aResponse().withStatus(409)));
        server.stubFor(get(urlPathEqualTo("/fhir/Appointment"))
                .withQueryParam("identifier", equalTo("urn:polku:booking|" + booking.id()))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[{\"resource\":"
                                + APPOINTMENT + "}]}")));

        deliverAtOnce(OutboxEntry.Kind.CREATE);

        assertThat(outbox.find(booking.id() + ":create").block()).isNull();
        server.verify(1, postRequestedFor(urlPathEqualTo("/fhir/Appointment")));
    }

    @Test
    void malformedJsonIsRetriedThenParkedWithItsFailureRecorded() {
        server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody("{\"resourceType\":\"Appoint")));

        deliverAtOnce(OutboxEntry.Kind.CREATE);
        for (int round = 0; round < 5; round++) {
            clock.advance(Duration.ofMinutes(10));
            relay.deliverDue().block();
        }

        OutboxEntry parked = outbox.find(booking.id() + ":create").block();
        assertThat(parked.parked()).isTrue();
        assertThat(parked.attempts()).isEqualTo(settings.maxAttempts());
        assertThat(parked.lastFailure()).contains("not a valid Appointment");
        server.verify(settings.maxAttempts(), postRequestedFor(urlPathEqualTo("/fhir/Appointment")));
    }

    @Test
    void aRejectionIsParkedAtOnce() {
        server.stubFor(
                post(urlPathEqualTo("/fhir/Appointment")).willReturn(aResponse().withStatus(422)));

        deliverAtOnce(OutboxEntry.Kind.CREATE);
        clock.advance(Duration.ofHours(1));
        relay.deliverDue().block();

        OutboxEntry parked = outbox.find(booking.id() + ":create").block();
        assertThat(parked.parked()).isTrue();
        assertThat(parked.lastFailure()).contains("DeliveryRejected", "422");
        server.verify(1, postRequestedFor(urlPathEqualTo("/fhir/Appointment")));
    }

    @Test
    void aCancelIsDeliveredTooAfterAFailure() {
        Booking cancelled = booking.cancelled(clock.instant());
        bookings.save(cancelled, RETENTION).block();
        server.stubFor(put(urlPathEqualTo("/fhir/Appointment"))
                .inScenario("cancel")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("recovered"));
        server.stubFor(put(urlPathEqualTo("/fhir/Appointment"))
                .inScenario("cancel")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody(APPOINTMENT)));

        deliverAtOnce(OutboxEntry.Kind.CANCEL);
        clock.advance(Duration.ofSeconds(30));
        relay.deliverDue().block();

        assertThat(outbox.find(booking.id() + ":cancel").block()).isNull();
        server.verify(
                2,
                putRequestedFor(urlPathEqualTo("/fhir/Appointment"))
                        .withQueryParam("identifier", equalTo("urn:polku:booking|" + booking.id())));
    }

    @Test
    void theSameDeliveryIsQueuedOnlyOnce() {
        server.stubFor(
                post(urlPathEqualTo("/fhir/Appointment")).willReturn(aResponse().withStatus(503)));

        relay.queue(booking.id(), OutboxEntry.Kind.CREATE).block();
        relay.queue(booking.id(), OutboxEntry.Kind.CREATE).block();
        clock.advance(Duration.ofSeconds(30));
        relay.deliverDue().block();

        server.verify(1, postRequestedFor(urlPathEqualTo("/fhir/Appointment")));
    }

    private void deliverAtOnce(OutboxEntry.Kind kind) {
        relay.queue(booking.id(), kind).flatMap(relay::deliver).block();
    }

    private void failFirstCreateWith(ResponseDefinitionBuilder fault) {
        server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .inScenario("create")
                .whenScenarioStateIs(STARTED)
                .willReturn(fault)
                .willSetStateTo("recovered"));
        server.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .inScenario("create")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(201).withBody(APPOINTMENT)));
    }

    /** The outbox is empty and, after the failed attempt, exactly one more create reached the server. */
    private void assertDeliveredOnceAfterRecovery() {
        assertThat(outbox.find(booking.id() + ":create").block()).isNull();
        server.verify(2, postRequestedFor(urlPathEqualTo("/fhir/Appointment")));
        clock.advance(Duration.ofHours(2));
        relay.deliverDue().block();
        server.verify(2, postRequestedFor(urlPathEqualTo("/fhir/Appointment")));
    }
}
