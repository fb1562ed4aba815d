package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** The booking pages as plain forms: choose a time, fix mistakes without losing what was typed, confirm, cancel. */
@PolkuIntegrationTest
class BookingPagesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SLOT = Pattern.compile("name=\"slotId\" id=\"slot-0\" value=\"([^\"]+)\"");

    @Autowired
    WebTestClient client;

    private String screening() {
        return client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":{\"municipality\":\"rovaniemi\"}}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(java.util.Map.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .toString();
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1).replace("&#39;", "'");
    }

    @Test
    void booksATimeWithThePlainFormAndCancelsIt() {
        String screeningId = screening();
        EntityExchangeResult<String> page = client.get()
                .uri("/book/{id}?lang=sv", screeningId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
        String html = page.getResponseBody();
        assertThat(html).contains("Boka en tid", "Lapplands servicehandledning", "Vad teamet får veta");
        ResponseCookie xsrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        String token = find(CSRF, html);
        String slotId = find(SLOT, html);

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", token);
        form.add("target", "SERVICE_GUIDANCE");
        form.add("requestId", "page-test-1");
        form.add("slotId", slotId);
        form.add("name", "Märta Nieminen");
        form.add("phone", "12");
        String refused = client.post()
                .uri("/book/{id}?lang=sv", screeningId)
                .cookie("XSRF-TOKEN", xsrf.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(refused)
                .contains("Kontrollera de här punkterna", "Telefonnumret duger inte", "Bokningen behöver ditt samtycke")
                .contains("value=\"Märta Nieminen\"");

        form.set("phone", "040 111 2233");
        form.set("consentToShare", "on");
        String location = client.post()
                .uri("/book/{id}?lang=sv", screeningId)
                .cookie("XSRF-TOKEN", xsrf.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getLocation()
                .toString();
        assertThat(location).startsWith("/booking/").contains("?token=");

        String confirmation = client.get()
                .uri(location + "&lang=sv")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(confirmation).contains("Tiden är bokad", "calendar.ics", "Avboka tiden");

        String bookingId = location.substring("/booking/".length(), location.indexOf('?'));
        String cancelToken = location.substring(location.indexOf("token=") + 6);
        client.post()
                .uri("/booking/{id}/cancel", bookingId)
                .cookie("XSRF-TOKEN", xsrf.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", token).with("token", cancelToken))
                .exchange()
                .expectStatus()
                .is3xxRedirection();
        client.get()
                .uri(location)
                .exchange()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("Aika on peruttu").doesNotContain("Peru aika</button>"));
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        client.post()
                .uri("/book/{id}", screening())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("slotId", "x"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }
}
