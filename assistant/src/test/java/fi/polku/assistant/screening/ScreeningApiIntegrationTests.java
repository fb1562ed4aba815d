package fi.polku.assistant.screening;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import fi.polku.assistant.Problems;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The screening API end to end: questionnaire, decision, stored result, deletion. */
@PolkuIntegrationTest
class ScreeningApiIntegrationTests {

    @Autowired
    WebTestClient client;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void announcesACompletedScreeningWithoutItsAnswers() {
        // the event is published on a worker thread, which @RecordApplicationEvents does not see
        List<ScreeningCompleted> events = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<ScreeningCompleted>> listener =
                event -> events.add(event.getPayload());
        context.addApplicationListener(listener);
        try {
            post("{\"answers\":{\"urgent_concern\":true},\"source\":\"unknown-partner\"}");
        } finally {
            context.removeApplicationListener(listener);
        }

        assertThat(events).singleElement().satisfies(completed -> {
            assertThat(completed.segment()).isEqualTo(fi.polku.segmentation.Segment.URGENT_HELP);
            assertThat(completed.crisis()).isTrue();
            assertThat(completed.source()).isEqualTo("other");
        });
    }

    @Test
    void servesTheQuestionnaireInTheAskedLanguage() {
        client.get()
                .uri("/api/questionnaire?lang=sv")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.language")
                .isEqualTo("sv")
                .jsonPath("$.sections[0].items[0].id")
                .exists()
                .jsonPath("$.sections[*].items[?(@.id == 'urgent_concern')].type")
                .isEqualTo("boolean");
    }

    @Test
    void fallsBackToFinnishForAnUnsupportedLanguage() {
        client.get()
                .uri("/api/questionnaire?lang=de")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.language")
                .isEqualTo("fi");
    }

    @Test
    void acceptsAnEmptyScreeningAsServiceGuidance() {
        Map<String, Object> result = post("{\"answers\":{}}");

        assertThat(result.get("segment")).isEqualTo("SERVICE_GUIDANCE");
        assertThat(result.get("bookingTarget")).isEqualTo("SERVICE_GUIDANCE");
        assertThat(result.get("crisis")).isEqualTo(false);
        assertThat((List<?>) result.get("reasons")).isNotEmpty();
        assertThat(result).containsKeys("id", "profile", "services", "rulesVersion");
        assertThat((String) result.get("id")).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void putsCrisisHelpFirstForCrisisInOwnWords() {
        Map<String, Object> result = post("{\"lang\":\"fi\",\"answers\":{\"own_words\":\"en halua enää elää\"}}");

        assertThat(result.get("segment")).isEqualTo("URGENT_HELP");
        assertThat(result.get("crisis")).isEqualTo(true);
        assertThat(result).containsEntry("bookingTarget", null);
        List<Map<String, Object>> services = list(result.get("services"));
        assertThat(services).isNotEmpty();
        assertThat(services.getFirst().get("id")).isEqualTo("kriisiapu");
    }

    @Test
    void recommendsByTheBackgroundAnswers() {
        String young = "{\"lang\":\"fi\",\"answers\":{\"age\":16,\"support_areas\":[\"education\",\"job_search\"]}}";
        String older = "{\"lang\":\"fi\",\"answers\":{\"age\":45,\"support_areas\":[\"education\",\"job_search\"]}}";
        String employed = "{\"lang\":\"fi\",\"answers\":{\"age\":50,\"employment_status\":\"employed\","
                + "\"support_areas\":[\"health\"]}}";

        assertThat(ids(post(young)).subList(0, 3))
                .containsExactlyInAnyOrder("ohjaamo", "etsiva-nuorisotyo", "valmentava-koulutus");
        assertThat(ids(post(older))).doesNotContain("ohjaamo", "etsiva-nuorisotyo");
        assertThat(ids(post(employed)).getFirst()).isEqualTo("tyoterveysneuvottelu");
    }

    private List<Object> ids(Map<String, Object> result) {
        return list(result.get("services")).stream()
                .map(service -> service.get("id"))
                .toList();
    }

    @Test
    void answersBookingTargetAsExplicitNull() {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":{\"urgent_concern\":true}}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.bookingTarget")
                .hasJsonPath()
                .jsonPath("$.bookingTarget")
                .isEmpty();
    }

    @Test
    void returnsTheStoredResultWithReasonsInTheAskedLanguage() {
        Map<String, Object> created = post("{\"lang\":\"fi\",\"answers\":{\"situation_clarity\":\"unclear\"}}");
        String id = (String) created.get("id");

        Map<String, Object> finnish = get(id, "fi");
        Map<String, Object> swedish = get(id, "sv");

        assertThat(finnish.get("segment")).isEqualTo(created.get("segment"));
        assertThat(finnish.get("rulesVersion")).isEqualTo(created.get("rulesVersion"));
        assertThat(finnish.get("reasons")).isEqualTo(created.get("reasons"));
        assertThat(finnish.get("profile")).isEqualTo(created.get("profile"));
        String finnishReason = (String) list(finnish.get("reasons")).getFirst().get("text");
        String swedishReason = (String) list(swedish.get("reasons")).getFirst().get("text");
        assertThat(swedishReason).isNotBlank().isNotEqualTo(finnishReason);
    }

    @Test
    void deletesAScreeningAndThenAnswers404() {
        String id = (String) post("{\"answers\":{}}").get("id");

        client.delete().uri("/api/screenings/" + id).exchange().expectStatus().isNoContent();

        client.get().uri("/api/screenings/" + id + "?lang=en").exchange().expectAll(Problems.naming(404, "id"));
        // deleting again is not an error: the screening is gone either way
        client.delete().uri("/api/screenings/" + id).exchange().expectStatus().isNoContent();
    }

    @Test
    void answers404ForAnUnknownOrMalformedId() {
        client.get()
                .uri("/api/screenings/AAAAAAAAAAAAAAAAAAAAAA")
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get().uri("/api/screenings/../../etc").exchange().expectStatus().isNotFound();
        client.get()
                .uri("/api/screenings/{id}", "x\u0000y")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void recordsAnUnknownPartnerCodeWithoutAnError() {
        assertThat(post("{\"answers\":{},\"source\":\"no-such-partner\"}")).containsKey("id");
    }

    Map<String, Object> post(String body) {
        Map<String, Object> result = client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(MAP)
                .returnResult()
                .getResponseBody();
        assertThat(result).isNotNull();
        return result;
    }

    Map<String, Object> get(String id, String lang) {
        return client.get()
                .uri("/api/screenings/{id}?lang={lang}", id, lang)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(MAP)
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> MAP =
            new org.springframework.core.ParameterizedTypeReference<>() {};
}
