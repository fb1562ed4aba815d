package fi.polku.assistant.external;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Page;
import fi.polku.assistant.BrowserIntegrationTest;
import fi.polku.assistant.referral.ReferralStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The staff page of parked outbox deliveries against a FHIR system (WireMock) that rejects Appointments with 422, so
 * each booking's delivery is parked after its first attempt: ADMIN only, what it shows and hides, "retry now" with
 * CSRF and its audit entry, and axe-core in fi, sv and en.
 */
@TestPropertySource(
        properties = {
            "polku.booking.system=fhir",
            "polku.booking.fhir.slot-search=false",
            "polku.booking.outbox.interval=1h",
            "polku.staff.users.admin.password={noop}admin-secret",
            "polku.staff.users.admin.roles=ADMIN",
            "polku.staff.users.guide.password={noop}guide-secret",
            "polku.staff.users.guide.roles=SERVICE_GUIDANCE",
        })
class ParkedDeliveriesIntegrationTests extends BrowserIntegrationTest {

    static final WireMockServer fhir = new WireMockServer(options().dynamicPort());

    static {
        fhir.start();
        rejectAppointments();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("polku.booking.fhir.base-url", () -> fhir.baseUrl() + "/fhir");
        registry.add("polku.booking.fhir.response-timeout", () -> "10s");
    }

    @AfterAll
    static void stop() {
        fhir.stop();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    Outbox outbox;

    @Autowired
    ReferralStore referrals;

    /** The first calls start HAPI and the caches: seconds on a busy machine, not what is tested. */
    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    private static void rejectAppointments() {
        fhir.resetAll();
        fhir.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(422).withBody("{\"resourceType\":\"OperationOutcome\"}")));
        fhir.stubFor(put(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(422).withBody("{\"resourceType\":\"OperationOutcome\"}")));
    }

    @Test
    void showsAParkedDeliveryToAnAdminWithoutTheResidentsDetails() {
        String bookingId = parkedBooking();
        String referralId = referrals.findByBooking(bookingId).block().id();

        String page = asAdmin(client.get().uri("/staff/outbox?lang=en"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("/staff/referrals/" + referralId, "SERVICE_GUIDANCE", "oulu", "DeliveryRejected", "Booking")
                .contains("value=\"" + bookingId + ":create\"")
                .doesNotContain("Aino", "Kettunen", "765 4321", "4321", "answered 422");
    }

    @Test
    void isForAdminsOnly() {
        client.get()
                .uri("/staff/outbox")
                .headers(headers -> headers.setBasicAuth("guide", "guide-secret"))
                .exchange()
                .expectStatus()
                .isFound()
                // a page refused for want of a role goes to the page that says why (403 there)
                .expectHeader()
                .location("/staff/forbidden");
        client.get().uri("/staff/outbox").exchange().expectStatus().is3xxRedirection();
        assertThat(client.get()
                        .uri("/staff")
                        .headers(headers -> headers.setBasicAuth("guide", "guide-secret"))
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .doesNotContain("/staff/outbox");
    }

    @Test
    void refusesARetryWithoutTheCsrfToken() {
        String bookingId = parkedBooking();

        asAdmin(client.post().uri("/staff/outbox/retry"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("entry=" + bookingId + ":create")
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(outbox.find(bookingId + ":create").block().parked()).isTrue();
    }

    @Test
    void retriesADeliveryNowAndAuditsIt() {
        String bookingId = parkedBooking();
        String referralId = referrals.findByBooking(bookingId).block().id();
        Page page = open("en-FI", true);
        signIn(page);
        // an admin's inbox links to the page
        page.locator("main a[href$='/staff/outbox']").click();
        page.waitForURL(Pattern.compile(".*/staff/outbox$"));
        fhir.stubFor(post(urlPathEqualTo("/fhir/Appointment"))
                .willReturn(aResponse().withStatus(201).withBody(FhirBookingSystemTests.APPOINTMENT)));

        page.locator("form:has(input[value='" + bookingId + ":create']) button").click();

        page.waitForURL(Pattern.compile(".*/staff/outbox\\?retried=delivered$"));
        assertThat(page.locator("[role=status]")).containsText("went through");
        assertThat(page.locator("input[value='" + bookingId + ":create']")).hasCount(0);
        assertThat(outbox.find(bookingId + ":create").block()).isNull();
        List<Map<String, Object>> audit = asAdmin(client.get().uri("/api/staff/referrals/{id}/audit", referralId))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(audit)
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("username", "admin")
                        .containsEntry("action", "DELIVERY_RETRIED")
                        .containsEntry("detail", "CREATE DELIVERED"));
        rejectAppointments();
    }

    @Test
    void aFailedRetryStaysParkedWithItsError() {
        String bookingId = parkedBooking();
        fhir.stubFor(
                post(urlPathEqualTo("/fhir/Appointment")).willReturn(aResponse().withStatus(503)));
        Page page = open("fi-FI", true);
        signIn(page);
        page.navigate("/staff/outbox");

        page.locator("form:has(input[value='" + bookingId + ":create']) button").click();

        page.waitForURL(Pattern.compile(".*/staff/outbox\\?retried=failed$"));
        OutboxEntry entry = outbox.find(bookingId + ":create").block();
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.lastFailureClass()).isEqualTo("IllegalStateException");
        rejectAppointments();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fi", "sv", "en"})
    void isAccessible(String lang) {
        parkedBooking();
        Page page = open(lang + "-FI", true);
        signIn(page);

        page.navigate("/staff/outbox?lang=" + lang);

        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator("main tbody tr").first()).isVisible();
        assertAccessible(page);
        page.locator("main tbody button").first().click();
        page.waitForURL(Pattern.compile(".*/staff/outbox\\?retried=failed$"));
        assertAccessible(page);
        screenshot(page, "staff-outbox-" + lang);
    }

    private static void signIn(Page page) {
        page.navigate("/staff/login");
        page.locator("#username").fill("admin");
        page.locator("#password").fill("admin-secret");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/staff$"));
    }

    private static <S extends WebTestClient.RequestHeadersSpec<?>> S asAdmin(S request) {
        request.headers(headers -> headers.setBasicAuth("admin", "admin-secret"));
        return request;
    }

    /** A booking whose Appointment the external system rejected: its delivery is parked after the first attempt. */
    private String parkedBooking() {
        String screeningId = (String) body(client.post()
                        .uri("/api/screenings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"lang\":\"fi\",\"answers\":{\"municipality\":\"oulu\"}}")
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
        String bookingId = (String) body(client.post()
                        .uri("/api/bookings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("""
                                {"screeningId": "%s", "slotId": "%s",
                                 "contact": {"name": "Aino Kettunen", "phone": "040 765 4321"},
                                 "consentToShare": true}
                                """.formatted(screeningId, slotId))
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("bookingId");
        // the first attempt is made after the answer, so it is waited for (at most 20 s on a busy machine)
        for (int i = 0; i < 200; i++) {
            OutboxEntry entry = outbox.find(bookingId + ":create").block(Duration.ofSeconds(5));
            if (entry != null && entry.parked()) {
                return bookingId;
            }
            sleep();
        }
        throw new AssertionError("the delivery was not parked");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> body(WebTestClient.ResponseSpec response) {
        return response.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }
}
