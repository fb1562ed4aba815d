package fi.polku.assistant.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The staff pages as a staff member reads them: where the resident came from by the partner's name in the staff
 * member's language with the code beside it, and the 403 page that says why and whom to ask without telling whether
 * the referral exists.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "polku.partners.mieli.name=MIELI Suomen Mielenterveys ry",
            "polku.partners.mieli.name-sv=MIELI Psykisk Hälsa Finland rf",
            // no English name: the Finnish one is shown, marked as Finnish
            "polku.staff.users.vaasa-team.password={noop}vaasa-secret",
            "polku.staff.users.vaasa-team.roles=WORK_ABILITY_TEAM",
            "polku.staff.users.vaasa-team.municipalities=vaasa",
            "polku.staff.users.oulu-team.password={noop}oulu-secret",
            "polku.staff.users.oulu-team.roles=WORK_ABILITY_TEAM",
            "polku.staff.users.oulu-team.municipalities=oulu",
            "polku.staff.users.partner.password={noop}partner-secret",
            "polku.staff.users.partner.roles=PARTNER",
            "polku.staff.users.partner.partner=mieli",
        })
@AutoConfigureWebTestClient
class StaffPagesIntegrationTests {

    /** The team persona of segmentation-rules/rules/cases/personas.yml (Vaasa, WORK_ABILITY_TEAM). */
    private static final String TEAM_ANSWERS = """
            {"age": 45, "municipality": "vaasa", "employment_status": "unemployed", "unemployment_months": 30,
             "unemployment_spells_3y": 1, "secondary_education": false, "studies_interrupted": true,
             "health_affects_work": "significantly", "health_assessed": false, "feels_partial_work_ability": true,
             "support_areas": ["health", "mental_wellbeing", "finances", "job_search"], "situation_clarity": "unclear",
             "goal": "supported_work", "motivation": 8, "urgent_concern": false, "work_ability": 3}""";

    @Autowired
    WebTestClient client;

    @Test
    void showsThePartnersNameInTheStaffMembersLanguageWithTheCodeBesideIt() {
        String id = referralFrom("mieli", "Aino Partnerinen");

        assertThat(source(page("vaasa-team", "vaasa-secret", "/staff/referrals/" + id + "?lang=fi")))
                .contains("MIELI Suomen Mielenterveys ry", "(koodi mieli)");
        assertThat(source(page("vaasa-team", "vaasa-secret", "/staff/referrals/" + id + "?lang=sv")))
                .contains("MIELI Psykisk Hälsa Finland rf", "(kod mieli)")
                .doesNotContain("Suomen");
        assertThat(source(page("vaasa-team", "vaasa-secret", "/staff/referrals/" + id + "?lang=en")))
                .contains("<span lang=\"fi\">MIELI Suomen Mielenterveys ry</span>", "(code mieli)");
    }

    @Test
    void saysUnknownPartnerForACodeThatIsNotConfiguredAndDirectForNone() {
        // an unknown code is recorded as "other" (api.md): the page says so instead of showing a bare code
        String unknown = referralFrom("no-such-partner", "Aino Tuntematon");
        assertThat(source(page("vaasa-team", "vaasa-secret", "/staff/referrals/" + unknown + "?lang=fi")))
                .contains("Tuntematon kumppani", "(koodi other)");
        assertThat(source(page("vaasa-team", "vaasa-secret", "/staff/referrals/" + unknown + "?lang=en")))
                .contains("Unknown partner", "(code other)");

        String direct = referralFrom(null, "Aino Suora");
        assertThat(source(page("vaasa-team", "vaasa-secret", "/staff/referrals/" + direct + "?lang=sv")))
                .contains("Direkt till Polku")
                .doesNotContain("Okänd");
    }

    @Test
    void refusesAnotherMunicipalitysReferralAndAnUnknownOneWithTheSamePageSayingWhomToAsk() {
        String id = referralFrom(null, "Aino Vaasalainen");

        String refused = main(page("oulu-team", "oulu-secret", "/staff/referrals/" + id + "?lang=en", 403));
        assertThat(refused)
                .contains("You do not have access to this", "no role for the referrals of this team or municipality")
                .contains("ask your Polku admin", "href=\"/staff\"")
                .doesNotContain("Aino");
        String unknown = main(page("oulu-team", "oulu-secret", "/staff/referrals/AAAAAAAAAAAAAAAAAAAAAA?lang=en", 403));
        assertThat(unknown).isEqualTo(refused);
        assertThat(main(page("oulu-team", "oulu-secret", "/staff/referrals/" + id + "?lang=sv", 403)))
                .contains("Du har inte åtkomst till det här", "huvudanvändare");
        assertThat(main(page("oulu-team", "oulu-secret", "/staff/referrals/" + id, 403)))
                .contains("Sinulla ei ole pääsyä tähän", "pääkäyttäjää");
    }

    @Test
    void sendsAnAccountWithoutATeamRoleToTheForbiddenPageWhileTheApiKeepsItsProblem() {
        staff("partner", "partner-secret", "/staff?lang=en")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/staff/forbidden");
        assertThat(main(page("partner", "partner-secret", "/staff/forbidden?lang=en", 403)))
                .contains("You do not have access to this", "ask your Polku admin");
        staff("partner", "partner-secret", "/api/staff/referrals")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Books a work-ability team time in Vaasa from a screening with the source; the referral's id. */
    private String referralFrom(String source, String name) {
        String answers = TEAM_ANSWERS.strip();
        String screeningId = client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lang\":\"fi\",\"answers\":" + answers
                        + (source == null ? "" : ",\"source\":\"" + source + "\"") + "}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("id")
                .toString();
        Map<String, Object> slots = client.get()
                .uri("/api/slots?target=WORK_ABILITY_TEAM&municipality=vaasa&days=60")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        String slotId = ((List<Map<String, Object>>) slots.get("slots"))
                .stream()
                        .filter(slot -> Boolean.TRUE.equals(slot.get("available")))
                        .map(slot -> (String) slot.get("id"))
                        .findFirst()
                        .orElseThrow();
        client.post()
                .uri("/api/bookings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"screeningId": "%s", "slotId": "%s", "contact": {"name": "%s", "phone": "040 765 4321"},
                         "consentToShare": true}
                        """.formatted(screeningId, slotId, name))
                .exchange()
                .expectStatus()
                .isCreated();
        Map<String, Object> inbox = staff("vaasa-team", "vaasa-secret", "/api/staff/referrals")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> referrals = (List<Map<String, Object>>) inbox.get("referrals");
        return referrals.stream()
                .filter(referral -> name.equals(referral.get("name")))
                .map(referral -> (String) referral.get("id"))
                .findFirst()
                .orElseThrow();
    }

    private WebTestClient.RequestHeadersSpec<?> staff(String user, String password, String uri) {
        return client.get().uri(uri).headers(headers -> headers.setBasicAuth(user, password));
    }

    private String page(String user, String password, String uri) {
        return page(user, password, uri, 200);
    }

    private String page(String user, String password, String uri, int status) {
        return staff(user, password, uri)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    /** The "where the resident came from" value of the referral page. */
    private static String source(String html) {
        int start = html.indexOf("<dd id=\"source\"");
        assertThat(start).as("the source on the page").isNotNegative();
        return html.substring(start, html.indexOf("</dd>", start));
    }

    /** The main content (the layout around it holds a CSRF token that varies). */
    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }
}
