package fi.polku.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The chat API as a test drives it: start, send text, pick a quick reply, read the question asked. */
final class ChatApi {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

    private final WebTestClient client;

    ChatApi(WebTestClient client) {
        this.client = client;
    }

    /** A new session; returns the 201 body. */
    Map<String, Object> start(String lang) {
        Map<String, Object> body = client.post()
                .uri("/api/chat/sessions")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("lang", lang))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(MAP)
                .returnResult()
                .getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    Map<String, Object> text(String sessionId, String text) {
        return post(sessionId, Map.of("text", text));
    }

    Map<String, Object> choose(String sessionId, String value) {
        return post(sessionId, Map.of("choice", value));
    }

    Map<String, Object> post(String sessionId, Map<String, Object> body) {
        Map<String, Object> response = client.post()
                .uri("/api/chat/sessions/{id}/messages", sessionId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(MAP)
                .returnResult()
                .getResponseBody();
        assertThat(response).isNotNull();
        return response;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> messages(Map<String, Object> response) {
        return (List<Map<String, Object>>) response.get("messages");
    }

    /** The item the last message asks about ({@code summary} at the summary), or null. */
    static @Nullable String asked(Map<String, Object> response) {
        List<Map<String, Object>> messages = messages(response);
        return messages.isEmpty() ? null : (String) messages.getLast().get("item");
    }

    /** The last message's text. */
    static String lastText(Map<String, Object> response) {
        return (String) messages(response).getLast().get("text");
    }

    /** The values of the last message's quick replies. */
    @SuppressWarnings("unchecked")
    static List<String> choiceValues(Map<String, Object> response) {
        List<Map<String, Object>> choices =
                (List<Map<String, Object>>) messages(response).getLast().get("choices");
        return choices.stream().map(choice -> (String) choice.get("value")).toList();
    }
}
