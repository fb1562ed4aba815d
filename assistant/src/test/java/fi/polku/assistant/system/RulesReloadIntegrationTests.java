package fi.polku.assistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Rules from {@code polku.rules.path} are reloaded without a restart: an edited reason is served after the reload,
 * and an invalid edit leaves the previous rules serving. The poll is set long; the test calls the reload itself.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesReloadIntegrationTests {

    @TempDir
    static Path rulesFolder;

    @DynamicPropertySource
    static void rulesFromFolder(DynamicPropertyRegistry registry) throws IOException {
        BundledFolders.copy(BundledFolders.RULES, rulesFolder);
        registry.add("polku.rules.path", rulesFolder::toString);
        registry.add("polku.rules.reload-interval", () -> "1h");
    }

    @Autowired
    WebTestClient client;

    @Autowired
    CurrentRules rules;

    @Test
    @Order(1)
    void servesAnEditedReasonAfterReload() throws IOException {
        Map<String, Object> before = screenEmpty();
        String reason = firstReason(before);
        Path file = fileWith(reason);

        BundledFolders.replace(file, reason, reason + " Muokattu.");

        assertThat(rules.reload()).isTrue();
        Map<String, Object> after = screenEmpty();
        assertThat(firstReason(after)).isEqualTo(reason + " Muokattu.");
        assertThat(after.get("rulesVersion")).isNotEqualTo(before.get("rulesVersion"));
    }

    @Test
    @Order(2)
    void keepsServingThePreviousRulesWhenAnEditIsInvalid() throws IOException {
        Map<String, Object> before = screenEmpty();
        Path file = fileWith(firstReason(before));

        Files.writeString(file, BundledFolders.read(file) + "\n  this is: [not valid\n");

        assertThat(rules.reload()).isFalse();
        Map<String, Object> after = screenEmpty();
        assertThat(firstReason(after)).isEqualTo(firstReason(before));
        assertThat(after.get("rulesVersion")).isEqualTo(before.get("rulesVersion"));
    }

    private Path fileWith(String text) throws IOException {
        List<Path> files = BundledFolders.filesContaining(rulesFolder, text);
        assertThat(files).as("rule files with the reason text").hasSize(1);
        return files.getFirst();
    }

    private Map<String, Object> screenEmpty() {
        return client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lang\":\"fi\",\"answers\":{}}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static String firstReason(Map<String, Object> result) {
        return (String)
                ((List<Map<String, Object>>) result.get("reasons")).getFirst().get("text");
    }
}
