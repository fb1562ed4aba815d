package fi.polku.assistant.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code /partners}: a partner's own link, QR code and figures (small counts as {@code <5}), an admin's choice of
 * partner, a bad period named in the page, and the sign-in for anyone not signed in.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "polku.figures.complementary-suppression=true",
            "polku.partners.mieli.name=MIELI ry",
            "polku.partners.mieli.name-sv=MIELI rf",
            "polku.partners.sininauha.name=Sininauha",
            "polku.staff.users.admin.password={noop}admin-secret",
            "polku.staff.users.admin.roles=ADMIN",
            "polku.staff.users.mieli.password={noop}mieli-secret",
            "polku.staff.users.mieli.roles=PARTNER",
            "polku.staff.users.mieli.partner=mieli",
            "polku.staff.users.guide.password={noop}guide-secret",
            "polku.staff.users.guide.roles=SERVICE_GUIDANCE"
        })
@AutoConfigureWebTestClient
class PartnerPageIntegrationTests {

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    private String page(String user, String password, String uri) {
        return client.get()
                .uri(uri)
                .headers(headers -> headers.setBasicAuth(user, password))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private void screening(String answers, String source) {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":" + answers + ",\"source\":\"" + source + "\"}")
                .exchange()
                .expectStatus()
                .isCreated();
    }

    /** The count in the row of the table with this label. */
    private static String cell(String html, String table, String label) {
        Matcher rows = Pattern.compile("id=\"figures-" + table + "\".*?</table>", Pattern.DOTALL)
                .matcher(html);
        assertThat(rows.find()).as(table).isTrue();
        Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(label) + "</th>\\s*<td>([^<]*)</td>")
                .matcher(rows.group());
        assertThat(row.find()).as(label).isTrue();
        return row.group(1);
    }

    @Test
    void showsAPartnerItsLinkQrCodeAndFiguresWithSmallCountsHidden() {
        for (int i = 0; i < 6; i++) {
            screening("{\"age\": 40, \"own_words\": \"Nimeni on Aino Esimerkki\"}", "mieli");
        }
        for (int i = 0; i < 7; i++) {
            screening("{\"age\": 60}", "mieli");
        }
        screening("{\"age\": 19}", "mieli");
        screening("{\"age\": 19}", "sininauha");

        String html = page("mieli", "mieli-secret", "/partners?lang=en");

        String link = "http://localhost:" + port + "/p/mieli";
        assertThat(html)
                .contains("<html lang=\"en\"")
                .contains("value=\"" + link + "\"")
                .contains("<title id=\"qr-title\">QR code for " + link + "</title>")
                .containsPattern("<svg [^>]*role=\"img\"[^>]*viewBox=\"0 0 \\d+ \\d+\"")
                .containsPattern("<path fill=\"#000\" d=\"M\\d+ \\d+h");
        assertThat(cell(html, "totals", "Screenings completed")).isEqualTo("14");
        assertThat(cell(html, "age", "Under 30")).isEqualTo("&lt;5");
        // 14 - 7 would give the 1 away: the smallest other count is hidden too
        assertThat(cell(html, "age", "30-49")).isEqualTo("hidden");
        assertThat(cell(html, "age", "50 and over")).isEqualTo("7");
        assertThat(cell(html, "age", "Age not given")).isEqualTo("0");
        // a person's words never reach the figures
        assertThat(html).doesNotContain("Aino").doesNotContain("sininauha");
    }

    @Test
    void letsAnAdminPickAKnownPartnerInItsLanguage() {
        String html = page("admin", "admin-secret", "/partners?partner=MIELI&lang=sv");

        assertThat(html)
                .contains("<option value=\"mieli\" selected=\"selected\">MIELI rf</option>")
                .contains("<option value=\"sininauha\">Sininauha</option>")
                .contains("/p/mieli\"");
        // an unknown choice shows the first known partner
        assertThat(page("admin", "admin-secret", "/partners?partner=nobody")).contains("/p/mieli\"");
        assertThat(page("admin", "admin-secret", "/partners?partner=sininauha")).contains("/p/sininauha\"");
    }

    @Test
    void linksThePageFromAnAdminsInboxOnly() {
        assertThat(page("admin", "admin-secret", "/staff"))
                .contains("<a href=\"/partners\">Kumppanien linkit ja luvut</a>");
        assertThat(page("guide", "guide-secret", "/staff")).doesNotContain("href=\"/partners\"");
    }

    @Test
    void namesABadPeriodInThePage() {
        String html = page("mieli", "mieli-secret", "/partners?from=2026-11-20&to=2026-11-01");

        assertThat(html)
                .contains("id=\"error-summary\"")
                .contains("<a href=\"#from\">Alkupäivä ei voi olla loppupäivän jälkeen.</a>")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void givesThePrintableQrCodeOfTheOwnLinkOnly() {
        String svg = client.get()
                .uri("/partners/qr.svg?partner=sininauha")
                .headers(headers -> headers.setBasicAuth("mieli", "mieli-secret"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"polku-mieli.svg\"")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(svg).contains("<title>http://localhost:" + port + "/p/mieli</title>");
    }

    @Test
    void sendsAnyoneNotSignedInToTheSignInAndRefusesTheTeams() {
        client.get()
                .uri("/partners")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, "/staff/login");
        client.get()
                .uri("/partners")
                .headers(headers -> headers.setBasicAuth("guide", "guide-secret"))
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, "/staff/forbidden");
    }
}
