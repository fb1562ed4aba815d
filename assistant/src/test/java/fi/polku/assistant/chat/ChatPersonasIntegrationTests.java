package fi.polku.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import fi.polku.assistant.drafts.Drafts;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.rules.RuleBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every persona of the shared dev set reaches its expected segment through the chat API, once by quick replies and
 * once by plain Finnish replies (numbers in words, yes and no, labels with a typo), within 35 turns to the summary.
 */
@PolkuIntegrationTest
class ChatPersonasIntegrationTests {

    private static final Path SHARED = Path.of("..", "..", "shared", "eval", "personas-dev.json");
    private static final Instrument INSTRUMENT = RuleBook.loadBundled().instrument();
    private static final int MAX_TURNS_TO_SUMMARY = 35;

    @Autowired
    WebTestClient client;

    @Autowired
    Drafts drafts;

    enum Mode {
        CHOICES,
        WORDS
    }

    @ParameterizedTest(name = "{0} by {3}")
    @MethodSource("personas")
    void reachesTheExpectedSegment(String name, Map<String, Object> expect, Map<String, Object> answers, Mode mode) {
        ChatApi chat = new ChatApi(client);
        Map<String, Object> response = chat.start("fi");
        String id = (String) response.get("sessionId");
        boolean crisisSeen = false;
        int turns = 0;
        while (!"summary".equals(ChatApi.asked(response))) {
            String item = ChatApi.asked(response);
            assertThat(item).as(name + ": a question after turn " + turns).isNotNull();
            response = chat.post(id, reply(INSTRUMENT.item(item).orElseThrow(), answers.get(item), mode));
            crisisSeen |= Boolean.TRUE.equals(response.get("crisis"));
            turns++;
            assertThat(turns).as(name + ": turns to the summary").isLessThanOrEqualTo(MAX_TURNS_TO_SUMMARY);
        }
        response = mode == Mode.CHOICES ? chat.choose(id, "cmd:confirm") : chat.text(id, "kyllä");

        String screeningId = (String) response.get("screeningId");
        assertThat(screeningId).as(name).isNotNull();
        assertThat(ChatApi.messages(response).getLast().get("link"))
                .as(name)
                .isEqualTo(Map.of("href", "/result/" + screeningId, "label", "Katso tuloksesi"));
        Map<String, Object> screening = client.get()
                .uri("/api/screenings/{id}?lang=fi", screeningId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ChatApi.MAP)
                .returnResult()
                .getResponseBody();
        assertThat(screening).isNotNull();
        String heard = name + " heard " + drafts.find(id).block().answers();
        assertThat(screening.get("segment")).as(heard).isEqualTo(expect.get("segment"));
        assertThat(screening).as(name).containsEntry("bookingTarget", expect.get("bookingTarget"));
        assertThat(crisisSeen).as(name + ": crisis flagged in the chat").isEqualTo(screening.get("crisis"));
    }

    /** The body a resident would send for this answer (a skip when the persona has none). */
    private static Map<String, Object> reply(Item item, Object answer, Mode mode) {
        if (answer == null) {
            return mode == Mode.CHOICES ? Map.of("choice", "cmd:skip") : Map.of("text", "ohita");
        }
        if (mode == Mode.CHOICES) {
            return switch (item.type()) {
                case INTEGER, TEXT -> Map.of("text", String.valueOf(answer));
                case SET -> Map.of("choice", String.join(",", strings(answer)));
                default -> Map.of("choice", String.valueOf(answer));
            };
        }
        return Map.of("text", words(item, answer));
    }

    private static String words(Item item, Object answer) {
        return switch (item.type()) {
            case INTEGER -> {
                int n = (Integer) answer;
                if (item.id().endsWith("_months")) {
                    yield n > 0 && n % 12 == 0
                            ? FinnishNumbers.words(n / 12) + " vuotta"
                            : FinnishNumbers.words(n) + " kuukautta";
                }
                yield FinnishNumbers.words(n) + (item.id().equals("age") ? " vuotta" : " kertaa");
            }
            case SCALE -> FinnishNumbers.words((Integer) answer);
            case BOOLEAN -> (Boolean) answer ? "kyllä olen" : "ei";
            case ENUM -> typo(label(item, (String) answer));
            case SET -> {
                List<String> labels = new ArrayList<>(
                        strings(answer).stream().map(v -> label(item, v)).toList());
                String last = labels.removeLast();
                yield labels.isEmpty() ? last : String.join(", ", labels) + " ja " + last;
            }
            case MUNICIPALITY -> {
                String slug = (String) answer;
                yield slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1);
            }
            case TEXT -> (String) answer;
        };
    }

    private static String label(Item item, String value) {
        return item.choice(value).orElseThrow().label().in(Language.FI);
    }

    /** A close misspelling of a long label: one letter left out, as a hurried thumb does. */
    private static String typo(String label) {
        return label.length() >= 8 ? label.substring(0, 2) + label.substring(3) : label;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object answer) {
        return (List<String>) answer;
    }

    static Stream<Arguments> personas() throws IOException {
        List<Map<String, Object>> personas = JsonMapper.shared().readValue(read(), new TypeReference<>() {});
        assertThat(personas).isNotEmpty();
        return personas.stream()
                .flatMap(p -> Stream.of(Mode.values())
                        .map(mode -> Arguments.of(p.get("name"), p.get("expect"), p.get("answers"), mode)));
    }

    private static InputStream read() throws IOException {
        if (Files.isRegularFile(SHARED)) {
            return Files.newInputStream(SHARED);
        }
        InputStream copy = ChatPersonasIntegrationTests.class.getResourceAsStream("/eval/personas-dev.json");
        assertThat(copy).as("eval/personas-dev.json").isNotNull();
        return copy;
    }
}
