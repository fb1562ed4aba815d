package fi.polku.assistant.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.Problems;
import fi.polku.assistant.booking.BookingApiContractTests;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A booking makes a referral in its team's inbox: staff sign in with HTTP Basic, see only their target and
 * municipality, open the pre-filled initial interview, export it as FHIR and mark it contacted, each step audited.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "polku.staff.users.vaasa-team.password={noop}vaasa-secret",
            "polku.staff.users.vaasa-team.roles=WORK_ABILITY_TEAM",
            "polku.staff.users.vaasa-team.municipalities=vaasa",
            "polku.staff.users.oulu-team.password={noop}oulu-secret",
            "polku.staff.users.oulu-team.roles=WORK_ABILITY_TEAM",
            "polku.staff.users.oulu-team.municipalities=oulu",
            "polku.staff.users.guide.password={bcrypt}$2a$04$5saaZC24JtrJV9mMPlowD.xqbEvf1Xk1HoHuY3JNbpJExHpc6uLZK",
            "polku.staff.users.guide.roles=SERVICE_GUIDANCE",
            "polku.staff.users.partner.password={noop}partner-secret",
            "polku.staff.users.partner.roles=PARTNER",
            "polku.staff.users.partner.partner=mieli",
            // closed referrals are deleted this long after closing (90 days by default)
            "polku.referral.retention=2s"
        })
@AutoConfigureWebTestClient
class StaffReferralsIntegrationTests extends BookingApiContractTests {

    private String lastCancelToken = "";

    private WebTestClient.RequestHeadersSpec<?> get(String user, String password, String uri, Object... vars) {
        return client.get().uri(uri, vars).headers(headers -> headers.setBasicAuth(user, password));
    }

    private String bookTeamTimeInVaasa() {
        String slotId = freeSlot("WORK_ABILITY_TEAM", "vaasa", 0);
        String body = bookingBody(screening(TEAM_ANSWERS), slotId)
                .replace("\"consentToShare\"", "\"notes\": \"Toivon aamupäivää\", \"consentToShare\"");
        Map<String, Object> booking = booked(body);
        lastCancelToken = (String) booking.get("cancelToken");
        return (String) booking.get("bookingId");
    }

    private Map<String, Object> referralOfBooking(String bookingId) {
        Map<String, Object> inbox = get("vaasa-team", "vaasa-secret", "/api/staff/referrals?target=WORK_ABILITY_TEAM")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> referrals = (List<Map<String, Object>>) inbox.get("referrals");
        String id = referrals.stream()
                .filter(referral -> referral.get("status").equals("NEW"))
                .map(referral -> (String) referral.get("id"))
                .findFirst()
                .orElseThrow();
        return get("vaasa-team", "vaasa-secret", "/api/staff/referrals/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @Test
    void asksForCredentialsWithAProblem() {
        client.get()
                .uri("/api/staff/referrals")
                .exchange()
                .expectHeader()
                .valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=.*")
                .expectAll(Problems.naming(401, "Authorization"));
        get("vaasa-team", "wrong", "/api/staff/referrals")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        get("nobody", "vaasa-secret", "/api/staff/referrals")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void refusesTheWrongRole() {
        get("partner", "partner-secret", "/api/staff/referrals")
                .exchange()
                .expectAll(Problems.naming(403, "Authorization"));
        get("guide", "guide-secret", "/api/staff/referrals?target=WORK_ABILITY_TEAM")
                .exchange()
                .expectAll(Problems.naming(403, "target"));
        get("guide", "guide-secret", "/api/staff/referrals?target=SERVICE_GUIDANCE")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givesTheTeamThePreFilledInitialInterview() {
        String bookingId = bookTeamTimeInVaasa();
        Map<String, Object> referral = referralOfBooking(bookingId);

        assertThat(referral)
                .containsEntry("target", "WORK_ABILITY_TEAM")
                .containsEntry("municipality", "vaasa")
                .containsEntry("status", "NEW")
                .containsEntry("segment", "WORK_ABILITY_TEAM")
                .containsEntry("consentToShare", true)
                .containsEntry("residentNotes", "Toivon aamupäivää");
        assertThat((Map<String, Object>) referral.get("booking"))
                .containsEntry("bookingId", bookingId)
                .containsEntry("team", "Vaasan työkykytiimi");
        assertThat((Map<String, Object>) referral.get("contact"))
                .containsEntry("name", "Aino Kettunen-Virtanen")
                .containsEntry("phone", "+358407654321");
        assertThat((List<?>) referral.get("reasons")).isNotEmpty();
        assertThat((Map<String, Object>) referral.get("profileAreas")).containsKey("overall");
        assertThat((List<?>) referral.get("services")).isNotEmpty();
        assertThat(ids(referral, "background")).contains("age", "employment_status", "support_areas");
        assertThat(ids(referral, "ownWords")).contains("goal");
        // never covered by the screening: always asked; covered: not asked again
        assertThat(ids(referral, "questionsToAsk"))
                .contains("income_and_benefits", "housing", "own_words")
                .doesNotContain("work_history", "age", "goals");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ids(Map<String, Object> referral, String list) {
        return ((List<Map<String, Object>>) referral.get(list))
                .stream().map(entry -> entry.get("id")).toList();
    }

    @Test
    void keepsAVaasaReferralFromOuluAndFromServiceGuidance() {
        String bookingId = bookTeamTimeInVaasa();
        String id = (String) referralOfBooking(bookingId).get("id");

        get("oulu-team", "oulu-secret", "/api/staff/referrals/{id}", id)
                .exchange()
                .expectAll(Problems.naming(403, "target"));
        get("guide", "guide-secret", "/api/staff/referrals/{id}", id)
                .exchange()
                .expectStatus()
                .isForbidden();
        get("oulu-team", "oulu-secret", "/api/staff/referrals")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.referrals[?(@.municipality == 'vaasa')]")
                .isEmpty();
        get("vaasa-team", "vaasa-secret", "/api/staff/referrals/{id}", "AAAAAAAAAAAAAAAAAAAAAA")
                .exchange()
                .expectAll(Problems.naming(404, "id"));
    }

    @Test
    void marksAReferralContactedWithANoteAndAuditsWhoDidWhat() {
        String id = (String) referralOfBooking(bookTeamTimeInVaasa()).get("id");

        client.patch()
                .uri("/api/staff/referrals/{id}", id)
                .headers(headers -> headers.setBasicAuth("vaasa-team", "vaasa-secret"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\":\"CONTACTED\",\"note\":\"Soitettu, sovittu käynti\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CONTACTED")
                .jsonPath("$.notes[0].author")
                .isEqualTo("vaasa-team");
        client.patch()
                .uri("/api/staff/referrals/{id}", id)
                .headers(headers -> headers.setBasicAuth("vaasa-team", "vaasa-secret"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\":\"DONE\"}")
                .exchange()
                .expectAll(Problems.naming(400, "status"));
        client.patch()
                .uri("/api/staff/referrals/{id}", id)
                .headers(headers -> headers.setBasicAuth("oulu-team", "oulu-secret"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\":\"CLOSED\"}")
                .exchange()
                .expectStatus()
                .isForbidden();

        get("vaasa-team", "vaasa-secret", "/api/staff/referrals/{id}/audit", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[*].action")
                .isEqualTo(List.of("OPENED", "STATUS_CHANGED"))
                .jsonPath("$[1].username")
                .isEqualTo("vaasa-team")
                .jsonPath("$[1].detail")
                .isEqualTo("CONTACTED");
    }

    @Test
    void deletesAClosedReferralOnceItsRetentionIsOver() throws InterruptedException {
        String id = (String) referralOfBooking(bookTeamTimeInVaasa()).get("id");
        client.patch()
                .uri("/api/staff/referrals/{id}", id)
                .headers(headers -> headers.setBasicAuth("vaasa-team", "vaasa-secret"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\":\"CLOSED\",\"note\":\"Ohjattu työkokeiluun\"}")
                .exchange()
                .expectStatus()
                .isOk();
        get("vaasa-team", "vaasa-secret", "/api/staff/referrals/{id}", id)
                .exchange()
                .expectStatus()
                .isOk();

        Thread.sleep(2500);

        get("vaasa-team", "vaasa-secret", "/api/staff/referrals/{id}", id)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void exportsTheReferralAsAFhirBundleAndFollowsACancellation() {
        String bookingId = bookTeamTimeInVaasa();
        String id = (String) referralOfBooking(bookingId).get("id");

        // the first export loads HAPI's R4 model, which takes seconds on a busy machine
        client.mutate()
                .responseTimeout(Duration.ofSeconds(60))
                .build()
                .get()
                .uri("/api/staff/referrals/{id}/fhir", id)
                .headers(headers -> headers.setBasicAuth("vaasa-team", "vaasa-secret"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.resourceType")
                .isEqualTo("Bundle")
                .jsonPath("$.entry[0].resource.resourceType")
                .isEqualTo("Patient")
                .jsonPath("$.entry[3].resource.status")
                .isEqualTo("booked");

        client.delete()
                .uri("/api/bookings/{id}?token={token}", bookingId, lastCancelToken)
                .exchange()
                .expectStatus()
                .isNoContent();

        get("vaasa-team", "vaasa-secret", "/api/staff/referrals/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.booking.cancelled")
                .isEqualTo(true);
        get("vaasa-team", "vaasa-secret", "/api/staff/referrals/{id}/fhir", id)
                .exchange()
                .expectBody()
                .jsonPath("$.entry[3].resource.status")
                .isEqualTo("cancelled");
    }

    @Test
    void sendsStaffPagesToTheSignInPage() {
        client.get()
                .uri("/staff")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/staff/login");
        client.get()
                .uri("/staff/login")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(html -> assertThat(html)
                        .contains("action=\"/staff/login\"", "name=\"_csrf\"", "autocomplete=\"current-password\""));
    }

    private WebTestClient.ResponseSpec patch(String user, String password, String id, String body) {
        return client.patch()
                .uri("/api/staff/referrals/{id}", id)
                .headers(headers -> headers.setBasicAuth(user, password))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    @Test
    void recordsTheFirstMeetingsOutcomeAndAuditsItWithoutTheNote() {
        String id = (String) referralOfBooking(bookTeamTimeInVaasa()).get("id");

        patch("vaasa-team", "vaasa-secret", id, "{\"outcome\":{\"attended\":\"maybe\"}}")
                .expectAll(Problems.naming(400, "outcome.attended"));
        patch("vaasa-team", "vaasa-secret", id, "{\"outcome\":{\"attended\":true,\"segmentFit\":\"MOSTLY\"}}")
                .expectAll(Problems.naming(400, "outcome.segmentFit"));
        patch("vaasa-team", "vaasa-secret", id, "{\"outcome\":{\"attended\":false,\"segmentFit\":\"YES\"}}")
                .expectAll(Problems.naming(400, "outcome.segmentFit"));
        patch("oulu-team", "oulu-secret", id, "{\"outcome\":{\"attended\":true}}")
                .expectStatus()
                .isForbidden();
        patch(
                        "vaasa-team",
                        "vaasa-secret",
                        id,
                        "{\"status\":\"IN_PROGRESS\",\"outcome\":{\"attended\":true,\"segmentFit\":\"partly\","
                                + "\"note\":\"Velkaneuvonta puuttui\"}}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("IN_PROGRESS")
                .jsonPath("$.outcome.attended")
                .isEqualTo(true)
                .jsonPath("$.outcome.segmentFit")
                .isEqualTo("PARTLY")
                .jsonPath("$.outcome.note")
                .isEqualTo("Velkaneuvonta puuttui")
                .jsonPath("$.outcome.author")
                .isEqualTo("vaasa-team");

        get("vaasa-team", "vaasa-secret", "/staff/referrals/{id}", id)
                .exchange()
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("Ensitapaamisen tulos", "Velkaneuvonta puuttui"));
        get("vaasa-team", "vaasa-secret", "/api/staff/referrals/{id}/audit", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[*].action")
                .isEqualTo(List.of("OPENED", "STATUS_CHANGED", "OUTCOME_RECORDED", "OPENED"))
                .jsonPath("$[2].detail")
                .isEqualTo("ATTENDED FIT=PARTLY");
    }

    @Test
    void signsInWithTheFormAndShowsTheInbox() {
        EntityExchangeResult<String> page = client.get()
                .uri("/staff/login")
                .exchange()
                .expectBody(String.class)
                .returnResult();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getResponseBody());
        assertThat(token.find()).isTrue();
        String session = page.getResponseCookies().getFirst("SESSION").getValue();

        EntityExchangeResult<byte[]> signedIn = client.post()
                .uri("/staff/login")
                .cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "vaasa-team")
                        .with("password", "vaasa-secret")
                        .with("_csrf", token.group(1)))
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/staff")
                .expectBody()
                .returnResult();
        String signedInSession =
                signedIn.getResponseCookies().getFirst("SESSION").getValue();

        client.get()
                .uri("/staff")
                .cookie("SESSION", signedInSession)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("Lähetteet", "vaasa-team"));
        client.post()
                .uri("/staff/login")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "vaasa-team").with("password", "vaasa-secret"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void showsThePrintableInterviewAndRefusesAStatusFormWithoutCsrf() {
        String bookingId = bookTeamTimeInVaasa();
        String id = (String) referralOfBooking(bookingId).get("id");

        get("vaasa-team", "vaasa-secret", "/staff/referrals/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Content-Security-Policy", ".*default-src 'self'.*")
                .expectBody(String.class)
                .value(html -> assertThat(html)
                        .contains(
                                "Alkuhaastattelu",
                                "Aino Kettunen-Virtanen",
                                "Kysyttävä tapaamisessa",
                                "Vaasan työkykytiimi"));
        get("oulu-team", "oulu-secret", "/staff/referrals/{id}", id)
                .exchange()
                .expectStatus()
                .isForbidden();
        client.post()
                .uri("/staff/referrals/{id}/status", id)
                .headers(headers -> headers.setBasicAuth("vaasa-team", "vaasa-secret"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("status", "CLOSED"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }
}
