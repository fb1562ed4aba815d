package fi.polku.assistant.system;

import fi.polku.assistant.PolkuIntegrationTest;
import fi.polku.assistant.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Health, and errors as problem details with named fields in the asked language; never a stack trace. */
@PolkuIntegrationTest
class ApiErrorsIntegrationTests {

    @Autowired
    WebTestClient client;

    @Test
    void reportsUpOnceRulesAndIndexAreLoaded() {
        client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT);
    }

    @Test
    void exposesNoOtherActuatorEndpoints() {
        client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/info").exchange().expectStatus().isOk();
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        client.post()
                .uri("/api/screenings?lang=en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\": {\"age\": 45,,}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.title")
                .isEqualTo("Bad request")
                .jsonPath("$.errors[0].field")
                .isEqualTo("body")
                .jsonPath("$.errors[0].message")
                .isEqualTo("The request body must be a JSON object.")
                .jsonPath("$.trace")
                .doesNotExist()
                .jsonPath("$.exception")
                .doesNotExist();
    }

    @Test
    void rejectsAnEmptyBody() {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .exchange()
                .expectAll(Problems.naming(400, "body", "Pyynnön rungon pitää olla JSON-objekti."));
    }

    @Test
    void rejectsTrailingGarbageAfterTheJson() {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":{}} {\"answers\":{\"age\":\"x\"}}")
                .exchange()
                .expectAll(Problems.naming(400, "body"));
    }

    @Test
    void rejectsATooLargeBodyNamingTheBody() {
        client.post()
                .uri("/api/screenings?lang=en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":{\"own_words\":\"" + "a".repeat(1_000_000) + "\"}}")
                .exchange()
                .expectAll(Problems.naming(413, "body", "The request body is too large."));
    }

    @Test
    void rejectsAJsonArrayAsBody() {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[1, 2]")
                .exchange()
                .expectAll(Problems.naming(400, "body"));
    }

    @Test
    void rejectsAWrongContentTypeWith415() {
        client.post()
                .uri("/api/screenings?lang=sv")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("age=45")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Fel innehållstyp")
                .jsonPath("$.errors[0].field")
                .isEqualTo("Content-Type");
    }

    @Test
    void rejectsAnUnsupportedMethodWith405() {
        client.put()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectAll(Problems.naming(405, "method"));
    }

    @Test
    void answersAnUnknownAddressWithA404Problem() {
        client.get()
                .uri("/api/no-such-thing?lang=en")
                .exchange()
                .expectAll(Problems.naming(404, "path", "There is nothing at this address."));
    }

    @Test
    void needsNoCsrfTokenForTheJsonApi() {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":{}}")
                .exchange()
                .expectStatus()
                .isCreated();
    }
}
