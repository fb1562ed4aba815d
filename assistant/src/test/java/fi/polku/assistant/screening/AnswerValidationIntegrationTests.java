package fi.polku.assistant.screening;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad answers through HTTP: a 400 problem naming every bad field in the asked language, never a 500. */
@PolkuIntegrationTest
class AnswerValidationIntegrationTests {

    @Autowired
    WebTestClient client;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "age                 | \"45\"",
                "age                 | 45.5",
                "age                 | 45.0",
                "age                 | 14",
                "age                 | 71",
                "unemployment_months | -1",
                "motivation          | 11",
                "registered_jobseeker| \"true\"",
                "registered_jobseeker| 1",
                "employment_status   | \"retired\"",
                "employment_status   | 3",
                "support_areas       | \"health\"",
                "support_areas       | [\"health\", \"flying\"]",
                "current_services    | [\"none\", \"social_services\"]",
                "municipality        | \"Oulu!\"",
                "municipality        | \"x\"",
                "preferred_language  | \"de\"",
                "work_ability        | 10.5",
                "work_ability        | {\"score\": 5}",
                "favourite_colour    | \"blue\"",
                "age_help            | \"a help text for a background item\"",
            })
    void rejectsABadAnswerNamingItsField(String field, String json) {
        List<Map<String, Object>> errors = rejected("{\"answers\":{\"" + field + "\":" + json + "}}");

        assertThat(errors).extracting(error -> error.get("field")).containsExactly(field);
        assertThat((String) errors.getFirst().get("message")).isNotBlank();
    }

    @Test
    void acceptsAWholeNumberForAnInteger() {
        created("{\"answers\":{\"age\":45}}");
    }

    @Test
    void rejectsOwnWordsOfTenThousandCharacters() {
        List<Map<String, Object>> errors = rejected("{\"answers\":{\"own_words\":\"" + "a".repeat(10_000) + "\"}}");

        assertThat(errors).extracting(error -> error.get("field")).containsExactly("own_words");
    }

    @Test
    void rejectsAHelpTextOverAThousandCharacters() {
        List<Map<String, Object>> errors = rejected("{\"answers\":{\"mood_help\":\"" + "ä".repeat(1_001) + "\"}}");

        assertThat(errors).extracting(error -> error.get("field")).containsExactly("mood_help");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        List<Map<String, Object>> errors = rejected(
                "{\"answers\":{\"age\":\"45\",\"motivation\":99,\"goal\":\"fame\",\"work_ability\":5,\"x\":1}}");

        assertThat(errors)
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("age", "motivation", "goal", "x");
    }

    @Test
    void wordsMessagesInTheLanguageOfTheBody() {
        String finnish = message("{\"lang\":\"fi\",\"answers\":{\"age\":\"45\"}}", "");
        String swedish = message("{\"lang\":\"sv\",\"answers\":{\"age\":\"45\"}}", "");
        String english = message("{\"lang\":\"en\",\"answers\":{\"age\":\"45\"}}", "");

        assertThat(List.of(finnish, swedish, english)).doesNotHaveDuplicates();
    }

    @Test
    void letsTheBodyLanguageWinOverTheQueryParameter() {
        assertThat(message("{\"lang\":\"en\",\"answers\":{\"age\":\"45\"}}", "?lang=sv"))
                .isEqualTo(message("{\"lang\":\"en\",\"answers\":{\"age\":\"45\"}}", ""));
        assertThat(message("{\"answers\":{\"age\":\"45\"}}", "?lang=sv"))
                .isEqualTo(message("{\"lang\":\"sv\",\"answers\":{\"age\":\"45\"}}", ""));
        assertThat(message("{\"lang\":\"xx\",\"answers\":{\"age\":\"45\"}}", ""))
                .isEqualTo(message("{\"lang\":\"fi\",\"answers\":{\"age\":\"45\"}}", ""));
    }

    @Test
    void rejectsABodyWithoutAnswers() {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lang\":\"en\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("answers")
                .jsonPath("$.errors[0].message")
                .isEqualTo("The answers are missing: send an answers object (it may be empty).")
                .jsonPath("$.title")
                .isEqualTo("Bad request");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"[]", "\"age=45\"", "45", "null"})
    void rejectsAnswersThatAreNotAnObject(String answers) {
        assertThat(rejected("{\"answers\":" + answers + "}"))
                .extracting(error -> error.get("field"))
                .containsExactly("answers");
    }

    private void created(String body) {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated();
    }

    private String message(String body, String query) {
        return (String) rejected(body, query).getFirst().get("message");
    }

    private List<Map<String, Object>> rejected(String body) {
        return rejected(body, "");
    }

    private List<Map<String, Object>> rejected(String body, String query) {
        Map<String, Object> problem = client.post()
                .uri("/api/screenings" + query)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(ScreeningApiIntegrationTests.MAP)
                .returnResult()
                .getResponseBody();
        assertThat(problem).isNotNull().containsEntry("status", 400);
        return ScreeningApiIntegrationTests.list(problem.get("errors"));
    }
}
