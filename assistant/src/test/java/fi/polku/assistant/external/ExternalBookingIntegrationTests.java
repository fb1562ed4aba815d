package fi.polku.assistant.external;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import fi.polku.assistant.PolkuIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With {@code polku.booking.system=fhir} and {@code polku.booking.fhir.slot-search=false} (Polku's calendars stay the
 * source of slots), a booking and its cancellation reach the external system (WireMock) through the outbox.
 */
@PolkuIntegrationTest
class ExternalBookingIntegrationTests {

    static final WireMockServer fhir = new WireMockServer(options().dynamicPort());

    static {
        fhir.start();
        fhir.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody(FhirBookingSystemTests.APPOINTMENT)));
        fhir.stubFor(put(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(200).withBody(FhirBookingSystemTests.APPOINTMENT)));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("polku.booking.system", () -> "fhir");
        registry.add("polku.booking.fhir.slot-search", () -> "false");
        registry.add("polku.booking.fhir.base-url", () -> fhir.baseUrl() + "/fhir");
        registry.add("polku.booking.fhir.response-timeout", () -> "10s");
    }

    @AfterAll
    static void stop() {
        fhir.stop();
    }

    @Autowired
    WebTestClient client;

    @Test
    void aBookingAndItsCancellationReachTheExternalSystem() throws InterruptedException {
        String screeningId = (String) body(client.post()
                        .uri("/api/screenings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"lang\":\"fi\",\"answers\":{}}")
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("id");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slots = (List<Map<String, Object>>) body(client.get()
                        .uri("/api/slots?target=SERVICE_GUIDANCE&municipality=oulu&days=60")
                        .exchange()
                        .expectStatus()
                        .isOk())
                .get("slots");
        String slotId = slots.stream()
                .filter(slot -> Boolean.TRUE.equals(slot.get("available")))
                .map(slot -> (String) slot.get("id"))
                .findFirst()
                .orElseThrow();

        Map<String, Object> booking = body(client.post()
                .uri("/api/bookings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"screeningId": "%s", "slotId": "%s",
                         "contact": {"name": "Aino Kettunen-Virtanen", "phone": "040 765 4321"},
                         "consentToShare": true}
                        """.formatted(screeningId, slotId))
                .exchange()
                .expectStatus()
                .isCreated());
        String bookingId = (String) booking.get("bookingId");

        awaitOne(postRequestedFor(urlPathEqualTo("/fhir/Appointment"))
                .withHeader("If-None-Exist", equalTo("identifier=urn:polku:booking|" + bookingId))
                .withRequestBody(matchingJsonPath("$.status", equalTo("booked"))));
        assertThat(fhir.getAllServeEvents().getFirst().getRequest().getBodyAsString())
                .doesNotContain("Aino", "765");

        client.delete()
                .uri("/api/bookings/{id}?token={t}", bookingId, booking.get("cancelToken"))
                .exchange()
                .expectStatus()
                .isNoContent();

        awaitOne(putRequestedFor(urlPathEqualTo("/fhir/Appointment"))
                .withQueryParam("identifier", equalTo("urn:polku:booking|" + bookingId))
                .withRequestBody(matchingJsonPath("$.status", equalTo("cancelled"))));
    }

    private static Map<String, Object> body(WebTestClient.ResponseSpec response) {
        return response.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    /** The delivery is made after the answer, so it is waited for (at most 20 s on a busy machine). */
    private static void awaitOne(RequestPatternBuilder request) throws InterruptedException {
        for (int i = 0; i < 200 && fhir.countRequestsMatching(request.build()).getCount() == 0; i++) {
            Thread.sleep(100);
        }
        fhir.verify(1, request);
    }
}
