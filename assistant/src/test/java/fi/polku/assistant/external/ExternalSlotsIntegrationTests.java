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

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import fi.polku.assistant.PolkuIntegrationTest;
import fi.polku.assistant.booking.Slot;
import fi.polku.assistant.system.RandomIds;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * With {@code polku.booking.system=fhir} (slot search on, the default), the slot API and the booking page offer the
 * external system's free Slots, a booking makes the Appointment for that Slot before Polku confirms it, and each of
 * WireMock's faults gives the resident a clear answer: never a 500, never Polku's own times in their place.
 */
@PolkuIntegrationTest
class ExternalSlotsIntegrationTests {

    static final WireMockServer fhir = new WireMockServer(options().dynamicPort());

    /** Three days ahead, past the minimum notice; a Wednesday or not, the external system decides. */
    static final LocalDate DAY = LocalDate.now(Slot.ZONE).plusDays(3);

    static {
        fhir.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("polku.booking.system", () -> "fhir");
        registry.add("polku.booking.fhir.base-url", () -> fhir.baseUrl() + "/fhir");
        registry.add("polku.booking.fhir.response-timeout", () -> "2s");
        registry.add("polku.booking.fhir.schedules.oulu-sg", () -> "Schedule/oulu-palveluohjaus");
    }

    @AfterAll
    static void stop() {
        fhir.stop();
    }

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    /** The first call loads HAPI's model and starts the client, which may outlast the 2 s timeout on a busy machine. */
    static boolean warm;

    @BeforeEach
    void reset() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        if (!warm) {
            slotSearchAnswers(bundle(slot("warm", "10:00", "10:45", "phone")));
            // until one answer makes it within the timeout: every try leaves more of HAPI and the client loaded
            for (int i = 0; i < 10 && !warm; i++) {
                warm = client.get()
                        .uri("/api/slots?target=SERVICE_GUIDANCE&municipality=oulu&from={d}&days=1", DAY)
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .is2xxSuccessful();
            }
        }
        fhir.resetAll();
        fhir.stubFor(put(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(200).withBody(FhirBookingSystemTests.APPOINTMENT)));
    }

    @Test
    void listsTheExternalSystemsFreeSlotsUnderRandomIds() {
        slotSearchAnswers(bundle(slot("ext-101", "10:10", "10:55", "phone"), slot("ext-102", "13:20", "14:00", null)));

        List<Map<String, Object>> slots = slots("oulu");

        // 10:10 is not on Oulu's own 45-minute grid: these are the external system's times
        assertThat(slots)
                .extracting(slot -> slot.get("start"), slot -> slot.get("channel"))
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(offset("10:10"), "phone"),
                        org.assertj.core.groups.Tuple.tuple(offset("13:20"), "phone"));
        // a Slot naming no channel is offered in each channel the calendar has that day
        assertThat(slots.stream().filter(slot -> slot.get("start").equals(offset("13:20"))))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(slots).allSatisfy(slot -> {
            assertThat(RandomIds.looksLikeId((String) slot.get("id"))).isTrue();
            assertThat((String) slot.get("id")).doesNotContain("ext-", "oulu");
        });
        fhir.verify(getRequestedFor(urlPathEqualTo("/fhir/Slot"))
                .withQueryParam("schedule", equalTo("Schedule/oulu-palveluohjaus"))
                .withQueryParam("status", equalTo("free")));
    }

    @Test
    void answersAnEmptyBundleWithNoSlots() {
        slotSearchAnswers(bundle());

        assertThat(slots("oulu")).isEmpty();
    }

    @Test
    void bookingMakesTheAppointmentForThatSlotFirst() {
        slotSearchAnswers(bundle(slot("ext-201", "09:30", "10:15", "video")));
        fhir.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody(FhirBookingSystemTests.APPOINTMENT)));
        String slotId = (String) slots("oulu").getFirst().get("id");

        Map<String, Object> booking = body(book(slotId).expectStatus().isCreated());

        assertThat(((Map<?, ?>) booking.get("slot")).get("id")).isEqualTo(slotId);
        fhir.verify(
                1,
                postRequestedFor(urlPathEqualTo("/fhir/Appointment"))
                        .withHeader(
                                "If-None-Exist", equalTo("identifier=urn:polku:booking|" + booking.get("bookingId")))
                        .withRequestBody(matchingJsonPath("$.slot[0].reference", equalTo("Slot/ext-201")))
                        .withRequestBody(matchingJsonPath("$.start")));
        // Polku holds the seat too: a second resident gets 409 without asking the external system
        book(slotId).expectStatus().isEqualTo(409);
        fhir.verify(1, postRequestedFor(urlPathEqualTo("/fhir/Appointment")));
    }

    @Test
    void givesOneExternalSlotToExactlyOneOfFortyConcurrentBookingsAndAsksTheSystemOnce() {
        slotSearchAnswers(bundle(slot("ext-601", "08:30", "09:15", "phone")));
        fhir.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody(FhirBookingSystemTests.APPOINTMENT)));
        String slotId = (String) slots("oulu").getFirst().get("id");
        List<String> screenings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            screenings.add(screening());
        }
        WebClient web = WebClient.create("http://127.0.0.1:" + port);

        List<Integer> statuses = Flux.fromIterable(screenings)
                .flatMap(
                        screeningId -> web.post()
                                .uri("/api/bookings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(bookingBody(screeningId, slotId))
                                .exchangeToMono(response -> response.releaseBody()
                                        .thenReturn(response.statusCode().value())),
                        40)
                .collectList()
                .block(Duration.ofSeconds(120));

        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
        assertThat(statuses.stream().filter(status -> status == 409)).hasSize(39);
        fhir.verify(1, postRequestedFor(urlPathEqualTo("/fhir/Appointment")));
    }

    @Test
    void aSlotTakenThereGives409WithTheNextFreeSlots() {
        slotSearchAnswers(
                bundle(slot("ext-301", "11:00", "11:45", "phone"), slot("ext-302", "12:00", "12:45", "phone")));
        fhir.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .withRequestBody(matchingJsonPath("$.slot[0].reference", equalTo("Slot/ext-301")))
                .willReturn(aResponse().withStatus(409).withBody("{\"resourceType\":\"OperationOutcome\"}")));
        fhir.stubFor(get(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(
                        aResponse().withStatus(200).withBody("{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}")));
        List<Map<String, Object>> slots = slots("oulu");
        String taken = (String) slots.getFirst().get("id");

        Map<String, Object> problem = body(book(taken).expectStatus().isEqualTo(409));

        assertThat(problem.get("errors").toString()).contains("slotId");
        List<Object> offered = ((List<?>) problem.get("slots"))
                .stream()
                        .map(slot -> ((Map<?, ?>) slot).get("id"))
                        .map(Object.class::cast)
                        .toList();
        assertThat(offered).contains(slots.get(1).get("id")).doesNotContain(taken);
    }

    @Test
    void aSystemDownGives503WithThePhoneAndNoOwnTimes() {
        fhir.stubFor(get(urlPathEqualTo("/fhir/Slot")).willReturn(aResponse().withStatus(503)));

        Map<String, Object> problem = body(client.get()
                .uri("/api/slots?target=SERVICE_GUIDANCE&municipality=oulu&from={d}&days=1&lang=en", DAY)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(problem.get("detail").toString())
                .contains("Oulu service guidance", "is not answering", "+358 8 5584 1000");
        assertThat(((Map<?, ?>) problem.get("contact")).get("phone")).isEqualTo("+358 8 5584 1000");
        assertThat(problem).doesNotContainKey("slots");
    }

    @Test
    void aSlowAnswerOrMalformedJsonOrResetConnectionGives503() {
        fhir.stubFor(get(urlPathEqualTo("/fhir/Slot"))
                .willReturn(aResponse().withStatus(200).withBody(bundle()).withFixedDelay(3_000)));
        slotsStatus("oulu").isEqualTo(503);

        fhir.resetAll();
        slotSearchAnswers("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":");
        slotsStatus("oulu").isEqualTo(503);

        fhir.resetAll();
        fhir.stubFor(
                get(urlPathEqualTo("/fhir/Slot")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        slotsStatus("oulu").isEqualTo(503);
    }

    @Test
    void aFailedAppointmentCreateGives503FreesTheSeatAndWithdrawsWhatMayHaveBeenMade() throws InterruptedException {
        slotSearchAnswers(bundle(slot("ext-401", "14:00", "14:45", "phone")));
        fhir.stubFor(
                post(urlPathEqualTo("/fhir/Appointment")).willReturn(aResponse().withStatus(500)));
        String slotId = (String) slots("oulu").getFirst().get("id");

        Map<String, Object> problem = body(book(slotId).expectStatus().isEqualTo(503));
        assertThat(problem.get("errors").toString()).contains("bookingSystem");

        // the create may have got through with only its answer lost: Polku withdraws it (cancelled, no personal data)
        String identifier = fhir.findAll(postRequestedFor(urlPathEqualTo("/fhir/Appointment")))
                .getFirst()
                .getHeader("If-None-Exist")
                .substring("identifier=".length());
        RequestPatternBuilder withdrawal = putRequestedFor(urlPathEqualTo("/fhir/Appointment"))
                .withQueryParam("identifier", equalTo(identifier))
                .withRequestBody(matchingJsonPath("$.status", equalTo("cancelled")));
        for (int i = 0; i < 200 && fhir.findAll(withdrawal).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(fhir.findAll(withdrawal))
                .singleElement()
                .satisfies(request -> assertThat(request.getBodyAsString()).doesNotContain("Aino", "Kettunen", "765"));

        fhir.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody(FhirBookingSystemTests.APPOINTMENT)));
        book(slotId).expectStatus().isCreated();
    }

    @Test
    void theBookingPageSaysTheSystemIsDownAndGivesThePhone() {
        fhir.stubFor(get(urlPathEqualTo("/fhir/Slot")).willReturn(aResponse().withStatus(502)));

        String page = client.get()
                .uri("/book/{id}?lang=en", screening())
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("is not answering right now", "href=\"tel:+358855841000\"")
                .doesNotContain("name=\"slotId\"");
    }

    @Test
    void theBookingPageSaysSoWhenTheAppointmentCannotBeMade() {
        slotSearchAnswers(bundle(slot("ext-701", "16:00", "16:45", "phone")));
        String screeningId = screening();
        String slotId = (String) slots("oulu").getFirst().get("id");
        String holdId = (String) body(client.post()
                        .uri("/api/slots/{id}/holds", slotId)
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("holdId");

        EntityExchangeResult<String> form = client.get()
                .uri("/book/{id}?lang=en", screeningId)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getResponseBody());
        assertThat(csrf.find()).isTrue();
        fhir.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String page = client.post()
                .uri("/book/{id}?lang=en", screeningId)
                .cookie(
                        "XSRF-TOKEN",
                        form.getResponseCookies().getFirst("XSRF-TOKEN").getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML)
                .body(BodyInserters.fromFormData("_csrf", csrf.group(1))
                        .with("slotId", slotId)
                        .with("holdId", holdId)
                        .with("name", "Aino Kettunen")
                        .with("phone", "0407654321")
                        .with("consentToShare", "on")
                        .with("requestId", "r-701"))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        // the system's message with the phone, not "the time is no longer kept for you"; what was typed is kept
        assertThat(page)
                .contains("is not answering right now", "href=\"tel:+358855841000\"", "Aino Kettunen")
                .doesNotContain("no longer kept");
    }

    @Test
    void theBookingPageOffersTheExternalSlots() {
        slotSearchAnswers(bundle(slot("ext-501", "15:05", "15:50", "phone")));

        String page = client.get()
                .uri("/book/{id}?lang=en", screening())
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page).contains("name=\"slotId\"", "3:05").doesNotContain("ext-501");
    }

    private void slotSearchAnswers(String bundle) {
        fhir.stubFor(get(urlPathEqualTo("/fhir/Slot"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/fhir+json")
                        .withBody(bundle)));
    }

    private static String bundle(String... slots) {
        String entries =
                Stream.of(slots).map(slot -> "{\"resource\":" + slot + "}").collect(Collectors.joining(","));
        return "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[" + entries + "]}";
    }

    private static String slot(String id, String start, String end, String channel) {
        String type = channel == null ? "" : ",\"appointmentType\":{\"coding\":[{\"code\":\"" + channel + "\"}]}";
        return """
                {"resourceType":"Slot","id":"%s","schedule":{"reference":"Schedule/oulu-palveluohjaus"},
                 "status":"free","start":"%s","end":"%s"%s}""".formatted(id, offset(start), offset(end), type);
    }

    /** The day's local time in Helsinki as ISO with its offset, as the slot API writes it. */
    private static String offset(String time) {
        ZonedDateTime at = DAY.atTime(java.time.LocalTime.parse(time)).atZone(Slot.ZONE);
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> slots(String municipality) {
        return (List<Map<String, Object>>)
                body(slotsStatus(municipality).isOk()).get("slots");
    }

    private org.springframework.test.web.reactive.server.StatusAssertions slotsStatus(String municipality) {
        return client.get()
                .uri("/api/slots?target=SERVICE_GUIDANCE&municipality={m}&from={d}&days=1&lang=en", municipality, DAY)
                .exchange()
                .expectStatus();
    }

    private String screening() {
        return (String) body(client.post()
                        .uri("/api/screenings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"lang\":\"fi\",\"answers\":{\"municipality\":\"oulu\"}}")
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("id");
    }

    private WebTestClient.ResponseSpec book(String slotId) {
        return client.post()
                .uri("/api/bookings?lang=en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bookingBody(screening(), slotId))
                .exchange();
    }

    private static String bookingBody(String screeningId, String slotId) {
        return """
                {"screeningId": "%s", "slotId": "%s",
                 "contact": {"name": "Aino Kettunen-Virtanen", "phone": "040 765 4321"},
                 "consentToShare": true}
                """.formatted(screeningId, slotId);
    }

    private static Map<String, Object> body(WebTestClient.ResponseSpec response) {
        return response.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }
}
