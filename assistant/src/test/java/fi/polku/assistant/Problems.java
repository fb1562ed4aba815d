package fi.polku.assistant;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec.ResponseSpecConsumer;

/** Assertions on the API's RFC 9457 problem responses: status, problem content type and the field the error names. */
public final class Problems {

    private Problems() {}

    /** A problem of this status whose first error names the field. */
    public static ResponseSpecConsumer naming(int status, String field) {
        return spec -> spec.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }

    /** A problem of this status whose first error names the field and says the message. */
    public static ResponseSpecConsumer naming(int status, String field, String message) {
        return spec -> spec.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field)
                .jsonPath("$.errors[0].message")
                .isEqualTo(message);
    }
}
