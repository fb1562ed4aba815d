package fi.polku.assistant.figures;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.Problems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code GET /api/stats} counts what residents and staff did through the real services: screenings from a partner's
 * link, bookings and referral status changes show up as {@code "<5"} below five and as numbers from five on; a
 * partner sees its own source only; bad periods are 400 naming the field; no credentials 401.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "polku.partners.kumppani-a.name=Kumppani A ry",
            "polku.partners.kumppani-b.name=Kumppani B ry",
            "polku.partners.kumppani-c.name=Kumppani C ry",
            "polku.partners.kumppani-d.name=Kumppani D ry",
            "polku.staff.users.admin.password={noop}admin-secret",
            "polku.staff.users.admin.roles=ADMIN",
            "polku.staff.users.guide.password={noop}guide-secret",
            "polku.staff.users.guide.roles=SERVICE_GUIDANCE",
            "polku.staff.users.partner-b.password={noop}partner-secret",
            "polku.staff.users.partner-b.roles=PARTNER",
            "polku.staff.users.partner-b.partner=Kumppani-B"
        })
@AutoConfigureWebTestClient
class StatsApiIntegrationTests {

    @Autowired
    WebTestClient client;

    private String screening(String answers, String source) {
        Map<String, Object> created = client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lang\":\"fi\",\"answers\":" + answers + ",\"source\":\"" + source + "\"}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        return (String) created.get("id");
    }

    @SuppressWarnings("unchecked")
    private String freeSlot(int n) {
        Map<String, Object> body = client.get()
                .uri("/api/slots?target=SERVICE_GUIDANCE&municipality=rovaniemi&days=60")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        return ((List<Map<String, Object>>) body.get("slots"))
                .stream()
                        .filter(slot -> Boolean.TRUE.equals(slot.get("available")))
                        .skip(n)
                        .findFirst()
                        .map(slot -> (String) slot.get("id"))
                        .orElseThrow();
    }

    private void book(String screeningId) {
        client.post()
                .uri("/api/bookings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"screeningId": "%s", "slotId": "%s",
                         "contact": {"name": "Aino Kettunen", "phone": "040 765 4321"}, "consentToShare": true}
                        """.formatted(screeningId, freeSlot(0)))
                .exchange()
                .expectStatus()
                .isCreated();
    }

    private Map<String, Object> stats(String user, String password, String query) {
        return client.get()
                .uri("/api/stats" + query)
                .headers(headers -> headers.setBasicAuth(user, password))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> report, String... path) {
        Map<String, Object> map = report;
        for (String key : path) {
            map = (Map<String, Object>) map.get(key);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private void markEveryNewReferralContacted() {
        Map<String, Object> inbox = client.get()
                .uri("/api/staff/referrals?target=SERVICE_GUIDANCE&status=NEW")
                .headers(headers -> headers.setBasicAuth("guide", "guide-secret"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        for (Map<String, Object> referral : (List<Map<String, Object>>) inbox.get("referrals")) {
            client.patch()
                    .uri("/api/staff/referrals/{id}", referral.get("id"))
                    .headers(headers -> headers.setBasicAuth("guide", "guide-secret"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"status\":\"CONTACTED\"}")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void countsScreeningsBookingsAndStatusChangesHidingCountsUnderFive() {
        for (int i = 0; i < 4; i++) {
            book(screening("{\"age\": 45, \"municipality\": \"rovaniemi\"}", "kumppani-a"));
        }
        markEveryNewReferralContacted();

        Map<String, Object> four = stats("admin", "admin-secret", "?source=kumppani-a");
        assertThat(four).containsEntry("source", "kumppani-a").containsEntry("total", "<5");
        assertThat(map(four, "bySource")).containsExactly(Map.entry("kumppani-a", "<5"));
        assertThat(map(four, "byAgeGroup"))
                .containsExactly(
                        Map.entry("under-30", 0),
                        Map.entry("30-49", "<5"),
                        Map.entry("50+", 0),
                        Map.entry("unknown", 0));
        assertThat(map(four, "bookings")).containsEntry("total", "<5");
        assertThat(map(four, "bookings", "byTarget"))
                .containsExactly(Map.entry("SERVICE_GUIDANCE", "<5"), Map.entry("WORK_ABILITY_TEAM", 0));
        assertThat(map(four, "byOutcome")).containsEntry("CONTACTED", "<5").containsEntry("CLOSED", 0);

        book(screening("{\"age\": 45, \"municipality\": \"rovaniemi\"}", "kumppani-a"));
        markEveryNewReferralContacted();

        Map<String, Object> five = stats("admin", "admin-secret", "?source=kumppani-a");
        assertThat(five).containsEntry("total", 5);
        assertThat(map(five, "bySource")).containsExactly(Map.entry("kumppani-a", 5));
        assertThat(map(five, "byAgeGroup")).containsEntry("30-49", 5).containsEntry("unknown", 0);
        assertThat(map(five, "bookings")).containsEntry("total", 5);
        assertThat(map(five, "bookings", "bySource")).containsExactly(Map.entry("kumppani-a", 5));
        assertThat(map(five, "bookings", "byTarget")).containsEntry("SERVICE_GUIDANCE", 5);
        assertThat(map(five, "byOutcome")).containsEntry("CONTACTED", 5);
        // the segments add up to 5 whatever the rules decided, and nothing between 1 and 4 is a number
        assertThat(map(five, "bySegment").values())
                .allMatch(count ->
                        count instanceof Integer n ? n == 0 || n >= 5 : count.equals("<5") || count.equals("hidden"));

        // every source at once: the partners known, unknown codes as other, visits without a link as direct
        Map<String, Object> all = stats("guide", "guide-secret", "");
        assertThat(map(all, "bySource")).containsKeys("kumppani-a", "kumppani-b", "other", "direct");
        assertThat(all.get("source")).isNull();
        assertThat(all.get("from")).isNotNull();
    }

    @Test
    void showsEveryCountOfFiveOrMoreAsANumberAsTheContractSays() {
        // by default only counts under 5 are hidden (api.md); hiding a complement is the opt-in
        // polku.figures.complementary-suppression
        for (int i = 0; i < 5; i++) {
            screening("{\"age\": 45}", "kumppani-c");
        }
        screening("{\"age\": 19}", "kumppani-c");

        Map<String, Object> report = stats("admin", "admin-secret", "?source=kumppani-c");

        assertThat(report).containsEntry("total", 6);
        assertThat(map(report, "byAgeGroup"))
                .containsExactly(
                        Map.entry("under-30", "<5"),
                        Map.entry("30-49", 5),
                        Map.entry("50+", 0),
                        Map.entry("unknown", 0));
    }

    @Test
    void countsACancelledBookingAsCancelledAndStillAsMade() {
        Map<String, Object> booked = client.post()
                .uri("/api/bookings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"screeningId": "%s", "slotId": "%s",
                         "contact": {"name": "Aino Kettunen", "phone": "040 765 4321"}, "consentToShare": true}
                        """.formatted(screening("{\"municipality\": \"rovaniemi\"}", "kumppani-d"), freeSlot(0)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(map(stats("admin", "admin-secret", "?source=kumppani-d"), "bookings"))
                .containsEntry("total", "<5")
                .containsEntry("cancelled", 0);

        client.delete()
                .uri("/api/bookings/{id}?token={token}", booked.get("bookingId"), booked.get("cancelToken"))
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(map(stats("admin", "admin-secret", "?source=kumppani-d"), "bookings"))
                .containsEntry("total", "<5")
                .containsEntry("cancelled", "<5");
    }

    @Test
    void showsAPartnerOnlyItsOwnSource() {
        screening("{\"age\": 22}", "kumppani-b");
        screening("{\"age\": 23}", "kumppani-b");
        screening("{\"age\": 61}", "tuntematon");

        Map<String, Object> own = stats("partner-b", "partner-secret", "");

        assertThat(own).containsEntry("source", "kumppani-b").containsEntry("total", "<5");
        assertThat(map(own, "bySource")).containsOnlyKeys("kumppani-b");
        assertThat(map(own, "byAgeGroup")).containsEntry("under-30", "<5").containsEntry("50+", 0);
        assertThat(stats("partner-b", "partner-secret", "?source=KUMPPANI-B")).containsEntry("source", "kumppani-b");
        client.get()
                .uri("/api/stats?source=kumppani-a")
                .headers(headers -> headers.setBasicAuth("partner-b", "partner-secret"))
                .exchange()
                .expectAll(Problems.naming(403, "source"));
    }

    @Test
    void asksForCredentials() {
        client.get()
                .uri("/api/stats")
                .exchange()
                .expectHeader()
                .valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=.*")
                .expectAll(Problems.naming(401, "Authorization"));
        client.get()
                .uri("/api/stats")
                .headers(headers -> headers.setBasicAuth("admin", "wrong"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void refusesABadPeriodNamingTheField() {
        expectBadRequest("?from=2026-02-30", "from", "Anna päivä muodossa VVVV-KK-PP.");
        expectBadRequest("?to=yesterday&lang=en", "to", "Give the day as YYYY-MM-DD.");
        expectBadRequest("?from=2026-11-20&to=2026-11-01", "from", "Alkupäivä ei voi olla loppupäivän jälkeen.");
        expectBadRequest("?from=2025-01-01&to=2026-01-02&lang=sv", "from", "Perioden kan vara högst 366 dagar.");
        // a year of 366 days is allowed, and a single day
        stats("admin", "admin-secret", "?from=2025-01-02&to=2026-01-02");
        assertThat(stats("admin", "admin-secret", "?from=2026-11-20&to=2026-11-20"))
                .containsEntry("from", "2026-11-20")
                .containsEntry("to", "2026-11-20")
                .containsEntry("total", 0);
    }

    private void expectBadRequest(String query, String field, String message) {
        client.get()
                .uri("/api/stats" + query)
                .headers(headers -> headers.setBasicAuth("admin", "admin-secret"))
                .exchange()
                .expectAll(Problems.naming(400, field, message));
    }
}
