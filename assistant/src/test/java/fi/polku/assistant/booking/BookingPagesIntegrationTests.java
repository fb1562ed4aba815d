package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import java.time.Instant;
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
    private static final Pattern HOLD = Pattern.compile("name=\"holdId\" value=\"([^\"]+)\"");
    private static final Pattern EXPIRES = Pattern.compile("<time datetime=\"([^\"]+)\"");

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
        assertThat(html).contains("Boka en tid", "Lapplands servicehandledning");
        ResponseCookie xsrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        String token = find(CSRF, html);
        String slotId = find(SLOT, html);

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", token);
        form.add("target", "SERVICE_GUIDANCE");
        form.add("requestId", "page-test-1");
        form.add("slotId", slotId);
        String held = post("/book/" + screeningId + "/hold?lang=sv", xsrf, form, 200);
        assertThat(held).contains("Vad teamet får veta", "Mer tid");
        form.add("holdId", find(HOLD, held));
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

    private String post(String uri, ResponseCookie xsrf, MultiValueMap<String, String> form, int status) {
        return client.post()
                .uri(uri)
                .cookie("XSRF-TOKEN", xsrf.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void holdsTheChosenTimeExtendsItAndBooksWithItWhileNobodyElseCanTakeIt() {
        String screeningId = screening();
        EntityExchangeResult<String> page = client.get()
                .uri("/book/{id}?lang=en", screeningId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
        ResponseCookie xsrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        String token = find(CSRF, page.getResponseBody());
        String slotId = find(SLOT, page.getResponseBody());
        assertThat(page.getResponseBody())
                .contains("held for you for 5 minutes")
                .doesNotContain("id=\"name\"");

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", token);
        form.add("target", "SERVICE_GUIDANCE");
        form.add("requestId", "page-hold-1");
        form.add("slotId", slotId);
        String held = post("/book/" + screeningId + "/hold?lang=en", xsrf, form, 200);
        assertThat(held).contains("Your chosen time", "The time is held for you until", "More time", "id=\"name\"");
        String holdId = find(HOLD, held);
        Instant firstExpiry = Instant.parse(find(EXPIRES, held));
        assertThat(firstExpiry)
                .isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));

        // a second resident (capacity 1) is not offered the held time and cannot hold it
        String other = screening();
        String otherPage = client.get()
                .uri("/book/{id}?lang=en", other)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(otherPage).doesNotContain("value=\"" + slotId + "\"");
        MultiValueMap<String, String> otherForm = new LinkedMultiValueMap<>(form);
        otherForm.set("requestId", "page-hold-2");
        String refused = post("/book/" + other + "/hold?lang=en", xsrf, otherForm, 409);
        assertThat(refused).contains("error-summary", "id=\"slot-0\"").doesNotContain("name=\"holdId\"");

        form.add("holdId", holdId);
        form.add("name", "Aino Lahtinen");
        form.add("action", "extend");
        String extended = post("/book/" + screeningId + "?lang=en", xsrf, form, 200);
        assertThat(find(HOLD, extended)).isEqualTo(holdId);
        assertThat(Instant.parse(find(EXPIRES, extended))).isAfter(firstExpiry);
        assertThat(extended).contains("value=\"Aino Lahtinen\"");

        form.set("action", "confirm");
        form.add("phone", "040 111 2233");
        form.add("consentToShare", "on");
        client.post()
                .uri("/book/{id}?lang=en", screeningId)
                .cookie("XSRF-TOKEN", xsrf.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchange()
                .expectStatus()
                .is3xxRedirection();
        // the hold became the booking: it is gone, and the time stays taken
        client.post()
                .uri("/api/holds/{id}/extension", holdId)
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(client.get()
                        .uri("/book/{id}?lang=en", other)
                        .exchange()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .doesNotContain("value=\"" + slotId + "\"");
    }

    @Test
    void aLapsedHoldWhoseTimeWasTakenShowsTheNextFreeTimesAndKeepsWhatWasTyped() {
        String screeningId = screening();
        EntityExchangeResult<String> page = client.get()
                .uri("/book/{id}?lang=en", screeningId)
                .exchange()
                .expectBody(String.class)
                .returnResult();
        ResponseCookie xsrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", find(CSRF, page.getResponseBody()));
        form.add("target", "SERVICE_GUIDANCE");
        form.add("requestId", "page-lapse-1");
        String slotId = find(SLOT, page.getResponseBody());
        form.add("slotId", slotId);
        String holdId = find(HOLD, post("/book/" + screeningId + "/hold?lang=en", xsrf, form, 200));

        // the hold lapses (released as expiry would) and someone else takes the time meanwhile
        client.delete().uri("/api/holds/{id}", holdId).exchange().expectStatus().isNoContent();
        client.post()
                .uri("/api/slots/{id}/holds", slotId)
                .exchange()
                .expectStatus()
                .isCreated();

        form.add("holdId", holdId);
        form.add("action", "confirm");
        form.add("name", "Märta Nieminen");
        form.add("email", "marta@example.fi");
        form.add("notes", "Mornings are best");
        form.add("consentToShare", "on");
        String conflict = post("/book/" + screeningId + "?lang=en", xsrf, form, 409);
        assertThat(conflict)
                .contains("error-summary", "Someone booked this time just now", "id=\"slot-0\"", "Choose this time")
                .contains("value=\"Märta Nieminen\"", "value=\"marta@example.fi\"", "value=\"Mornings are best\"")
                .doesNotContain("name=\"holdId\"");
        assertThat(find(SLOT, conflict)).isNotEqualTo(slotId);
    }

    @Test
    void aLinkThatDoesNotWorkGetsOnePageThatTellsNothingAndSaysHowToBookAgain() {
        String screeningId = screening();
        EntityExchangeResult<String> page = client.get()
                .uri("/book/{id}?lang=en", screeningId)
                .exchange()
                .expectBody(String.class)
                .returnResult();
        String slotId = find(SLOT, page.getResponseBody());
        java.util.Map<?, ?> booked = client.post()
                .uri("/api/bookings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"screeningId": "%s", "slotId": "%s", "contact": {"name": "Aino", "phone": "0401234567"},
                         "consentToShare": true}
                        """.formatted(screeningId, slotId))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(java.util.Map.class)
                .returnResult()
                .getResponseBody();
        String bookingId = (String) booked.get("bookingId");

        // a wrong token, no token, an unknown id and a malformed one: the same status, the same words
        String wrongToken = linkPage("/booking/" + bookingId + "?token=wrong&lang=en");
        assertThat(wrongToken)
                .contains("This link does not work", "To book a time again", "href=\"/screening\"")
                .doesNotContain("Your time is booked", "Aino");
        assertThat(linkPage("/booking/" + bookingId + "?lang=en")).isEqualTo(wrongToken);
        assertThat(linkPage("/booking/AAAAAAAAAAAAAAAAAAAAAA?token=wrong&lang=en"))
                .isEqualTo(wrongToken);
        assertThat(linkPage("/booking/no-such-booking?token=wrong&lang=en")).isEqualTo(wrongToken);
        assertThat(linkPage("/book/AAAAAAAAAAAAAAAAAAAAAA?lang=en")).isEqualTo(wrongToken);
        assertThat(linkPage("/booking/" + bookingId + "?token=wrong&lang=sv"))
                .contains("Den här länken fungerar inte", "Så bokar du en ny tid");
        assertThat(linkPage("/booking/" + bookingId + "?token=wrong"))
                .contains("Tämä linkki ei toimi", "Näin varaat ajan uudelleen");

        // cancelling with a wrong token: the same page, and the booking stays
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", find(CSRF, page.getResponseBody()));
        form.add("token", "wrong");
        ResponseCookie xsrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(main(post("/booking/" + bookingId + "/cancel?lang=en", xsrf, form, 404)))
                .isEqualTo(wrongToken);
        client.get()
                .uri("/api/bookings/{id}?token={t}", bookingId, booked.get("cancelToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CONFIRMED");
    }

    /** The main content of a page that must answer 404 (the layout around it holds a CSRF token that varies). */
    private String linkPage(String uri) {
        return main(client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
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
