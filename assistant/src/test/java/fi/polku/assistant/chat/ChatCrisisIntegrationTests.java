package fi.polku.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The crisis dev set through the chat API: a crisis text gets {@code crisis: true} and the crisis contacts as the first
 * message, in the session's language, and the resident can still go on; other texts get neither. Reads {@code
 * ../shared/eval/crisis-dev.tsv} when it is there, else the copy in the test resources.
 */
@PolkuIntegrationTest
class ChatCrisisIntegrationTests {

    private static final Path SHARED = Path.of("..", "..", "shared", "eval", "crisis-dev.tsv");

    @Autowired
    WebTestClient client;

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void flagsCrisisTextsAndGivesTheContactsFirst(String lang, String text, boolean crisis) {
        ChatApi chat = new ChatApi(client);
        String id = (String) chat.start(lang).get("sessionId");

        Map<String, Object> response = chat.text(id, text);

        assertThat(response.get("crisis")).as(text).isEqualTo(crisis);
        String first = (String) ChatApi.messages(response).getFirst().get("text");
        if (crisis) {
            assertThat(first).contains("112", "09 2525 0111", "116 117", "sekasin247.fi");
            assertThat(ChatApi.asked(response)).as("the resident can go on").isEqualTo("age");
        } else {
            assertThat(first).doesNotContain("09 2525 0111");
        }
    }

    @Test
    void givesTheContactsInTheSessionLanguageAndAfterAnUrgentAnswer() {
        ChatApi chat = new ChatApi(client);
        String id = (String) chat.start("sv").get("sessionId");
        Map<String, Object> response = chat.text(id, "jag vill ta livet av mig");
        assertThat((String) ChatApi.messages(response).getFirst().get("text"))
                .startsWith("Om du är i nöd")
                .contains("Nödnumret 112");

        String fi = (String) chat.start("fi").get("sessionId");
        Map<String, Object> asked = chat.choose(fi, "cmd:skip");
        for (int i = 0; i < 30 && !"urgent_concern".equals(ChatApi.asked(asked)); i++) {
            asked = chat.choose(fi, "cmd:skip");
        }
        Map<String, Object> urgent = chat.choose(fi, "true");
        assertThat(urgent).containsEntry("crisis", true);
        assertThat((String) ChatApi.messages(urgent).getFirst().get("text")).contains("Hätänumero 112");
        assertThat(ChatApi.asked(urgent)).isEqualTo("work_ability");
    }

    static Stream<Arguments> rows() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
            List<Arguments> rows = reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(cells -> Arguments.of(cells[0], cells[1], Boolean.parseBoolean(cells[2])))
                    .toList();
            assertThat(rows).isNotEmpty();
            return rows.stream();
        }
    }

    private static InputStream open() throws IOException {
        if (Files.isRegularFile(SHARED)) {
            return Files.newInputStream(SHARED);
        }
        InputStream copy = ChatCrisisIntegrationTests.class.getResourceAsStream("/eval/crisis-dev.tsv");
        assertThat(copy).as("eval/crisis-dev.tsv").isNotNull();
        return copy;
    }
}
