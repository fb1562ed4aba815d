package fi.polku.assistant.screening;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every persona of the shared dev evaluation set gets its expected segment and booking target through the API, and
 * the stored result says the same. Reads {@code ../shared/eval/personas-dev.json} from the repository root when it
 * is there, else the copy in the test resources.
 */
@PolkuIntegrationTest
class PersonasIntegrationTests {

    private static final Path SHARED = Path.of("..", "..", "shared", "eval", "personas-dev.json");

    @Autowired
    WebTestClient client;

    @ParameterizedTest(name = "{0}")
    @MethodSource("personas")
    void segmentsThePersonaAsExpected(String name, Map<String, Object> expect, Map<String, Object> answers) {
        Map<String, Object> created = client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("lang", "fi", "answers", answers))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(ScreeningApiIntegrationTests.MAP)
                .returnResult()
                .getResponseBody();

        assertThat(created).isNotNull();
        assertThat(created.get("segment")).as(name).isEqualTo(expect.get("segment"));
        assertThat(created).as(name).containsEntry("bookingTarget", expect.get("bookingTarget"));
        assertThat(created.get("crisis")).as(name).isEqualTo("URGENT_HELP".equals(expect.get("segment")));

        Map<String, Object> stored = client.get()
                .uri("/api/screenings/{id}?lang=fi", created.get("id"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ScreeningApiIntegrationTests.MAP)
                .returnResult()
                .getResponseBody();
        assertThat(stored).as(name).isEqualTo(created);
    }

    static Stream<Arguments> personas() throws IOException {
        List<Map<String, Object>> personas = JsonMapper.shared().readValue(read(), new TypeReference<>() {});
        assertThat(personas).isNotEmpty();
        return personas.stream().map(p -> Arguments.of(p.get("name"), p.get("expect"), p.get("answers")));
    }

    private static InputStream read() throws IOException {
        if (Files.isRegularFile(SHARED)) {
            return Files.newInputStream(SHARED);
        }
        InputStream copy = PersonasIntegrationTests.class.getResourceAsStream("/eval/personas-dev.json");
        assertThat(copy).as("eval/personas-dev.json").isNotNull();
        return copy;
    }
}
