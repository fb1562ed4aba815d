package fi.polku.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import fi.polku.assistant.Problems;
import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.Drafts;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.rules.RuleBook;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The chat's commands, corrections, misses, follow-ups, languages, stream and errors through the API. */
@PolkuIntegrationTest
class ChatDialogueIntegrationTests {

    private static final Instrument INSTRUMENT = RuleBook.loadBundled().instrument();

    @Autowired
    WebTestClient client;

    @Autowired
    Drafts drafts;

    private ChatApi chat;

    private String start(String lang) {
        chat = new ChatApi(client);
        Map<String, Object> started = chat.start(lang);
        assertThat(ChatApi.asked(started)).isEqualTo("age");
        return (String) started.get("sessionId");
    }

    private Draft draft(String id) {
        Draft draft = drafts.find(id).block();
        assertThat(draft).isNotNull();
        return draft;
    }

    /** Skips questions until the one asked is the item. */
    private Map<String, Object> skipTo(String id, String item) {
        Map<String, Object> response = chat.choose(id, "cmd:skip");
        for (int i = 0; i < 40 && !item.equals(ChatApi.asked(response)); i++) {
            response = chat.choose(id, "cmd:skip");
        }
        assertThat(ChatApi.asked(response)).isEqualTo(item);
        return response;
    }

    @Test
    void startsWithAWelcomeAResumeCodeAndTheFirstQuestion() {
        Map<String, Object> started = new ChatApi(client).start("sv");

        assertThat((String) started.get("sessionId")).hasSize(22);
        assertThat((String) started.get("resumeCode")).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(started).containsEntry("crisis", false).containsEntry("lang", "sv");
        assertThat((String) ChatApi.messages(started).getFirst().get("text")).startsWith("Hej!");
        assertThat(ChatApi.lastText(started)).startsWith("Hur gammal är du?");
    }

    @Test
    void correctsAnEarlierAnswerWhenTheResidentSaysSo() {
        String id = start("fi");
        chat.text(id, "45");
        chat.choose(id, "oulu");
        chat.choose(id, "unemployed");
        Map<String, Object> asked = chat.text(id, "3");
        assertThat(ChatApi.asked(asked)).isEqualTo("unemployment_spells_3y");

        Map<String, Object> corrected = chat.text(id, "itse asiassa olen ollut työttömänä vuoden");

        assertThat(ChatApi.messages(corrected).getFirst().get("text"))
                .isEqualTo("Selvä, korjasin: Työttömyyden kesto, kuukautta: 12.");
        assertThat(ChatApi.asked(corrected)).isEqualTo("unemployment_spells_3y");
        assertThat(draft(id).answers()).containsEntry("unemployment_months", 12);
    }

    @Test
    void correctsInSwedishAndEnglishToo() {
        String id = start("sv");
        chat.text(id, "fyrtiofem år");
        chat.text(id, "faktiskt är jag 46 år gammal");
        assertThat(draft(id).answers()).containsEntry("age", 46);

        String en = start("en");
        chat.text(en, "forty");
        Map<String, Object> corrected = chat.text(en, "actually I am 41 years old");
        assertThat(ChatApi.asked(corrected)).isEqualTo("municipality");
        assertThat(draft(en).answers()).containsEntry("age", 41);
    }

    @Test
    void correctsFromTheSummary() {
        String id = start("fi");
        chat.text(id, "45");
        skipTo(id, "summary");

        Map<String, Object> editing = chat.choose(id, "edit:age");
        assertThat(ChatApi.asked(editing)).isEqualTo("age");
        assertThat(ChatApi.lastText(editing)).contains("Nykyinen vastauksesi: 45.");
        Map<String, Object> summary = chat.text(id, "viisikymmentä");

        assertThat(ChatApi.asked(summary)).isEqualTo("summary");
        assertThat(ChatApi.lastText(summary)).contains("Ikä: 50");
        assertThat(ChatApi.choiceValues(summary)).startsWith("cmd:confirm").contains("edit:age");
    }

    @Test
    void goesBackToTheQuestionBeforeAndOnAgain() {
        String id = start("fi");
        chat.text(id, "45");

        Map<String, Object> back = chat.text(id, "Takaisin!");
        assertThat(ChatApi.asked(back)).isEqualTo("age");
        assertThat(ChatApi.lastText(back)).contains("Nykyinen vastauksesi: 45.");
        Map<String, Object> onwards = chat.text(id, "50");

        assertThat(ChatApi.asked(onwards)).isEqualTo("municipality");
        assertThat(draft(id).answers()).containsEntry("age", 50);
        assertThat(ChatApi.asked(chat.choose(id, "cmd:back"))).isEqualTo("age");
    }

    @Test
    void skipsAQuestionByWordOrButton() {
        String id = start("fi");
        Map<String, Object> skipped = chat.text(id, "ohita");

        assertThat(ChatApi.messages(skipped).getFirst().get("text")).isEqualTo("Selvä, ohitetaan se.");
        assertThat(ChatApi.asked(skipped)).isEqualTo("municipality");
        assertThat(ChatApi.asked(chat.choose(id, "cmd:skip"))).isEqualTo("employment_status");
        assertThat(draft(id).skipped()).containsExactly("age", "municipality");
        assertThat(draft(id).answers()).isEmpty();

        String en = start("en");
        assertThat(ChatApi.asked(chat.text(en, "Skip"))).isEqualTo("municipality");
    }

    @Test
    void givesShortHintsThenAfterThreeMissesOffersTheFormAndGuidance() {
        String id = start("fi");
        Map<String, Object> first = chat.text(id, "banaani");
        Map<String, Object> second = chat.text(id, "en ymmärrä");

        assertThat(ChatApi.messages(first)).hasSize(1);
        assertThat(ChatApi.lastText(first)).isEqualTo("Kirjoita luku väliltä 15–70.");
        assertThat(ChatApi.lastText(second)).isEqualTo("Kirjoita luku väliltä 15–70.");
        assertThat(ChatApi.choiceValues(second)).doesNotContain("cmd:form");

        Map<String, Object> third = chat.text(id, "150");
        assertThat(ChatApi.asked(third)).isEqualTo("age");
        assertThat(ChatApi.lastText(third)).contains("lomakkeella").contains("palveluohjauksesta");
        assertThat(ChatApi.choiceValues(third)).contains("cmd:skip", "cmd:form", "cmd:guidance");
        assertThat(ChatApi.messages(third).getLast().get("link"))
                .isEqualTo(Map.of("href", "/screening", "label", "Vastaa lomakkeella"));
        assertThat(ChatApi.lastText(chat.text(id, "kukkaruukku"))).isEqualTo(ChatApi.lastText(third));

        Map<String, Object> guidance = chat.choose(id, "cmd:guidance");
        assertThat(ChatApi.messages(guidance).getFirst().get("link"))
                .isEqualTo(Map.of("href", "/services/palveluohjaus", "label", "Palveluohjauksen yhteystiedot"));
        assertThat(ChatApi.asked(guidance)).isEqualTo("age");
        Map<String, Object> answered = chat.text(id, "45");
        assertThat(ChatApi.asked(answered)).isEqualTo("municipality");
        assertThat(draft(id).misses()).isEmpty();
    }

    @Test
    void tellsWhyItAsks() {
        String id = start("fi");
        Map<String, Object> why = chat.text(id, "Miksi kysyt?");

        assertThat(ChatApi.lastText(why)).contains("kotikunnassasi");
        assertThat(ChatApi.asked(why)).isEqualTo("age");
    }

    @Test
    void startsAgain() {
        String id = start("fi");
        chat.text(id, "45");
        Map<String, Object> again = chat.text(id, "aloita alusta");

        assertThat(ChatApi.asked(again)).isEqualTo("age");
        assertThat(draft(id).answers()).isEmpty();
    }

    @Test
    void asksWhatWouldHelpOnlyAfterALowScoreOrWhenTheResidentAddsSomething() {
        String id = start("fi");
        skipTo(id, "work_ability");

        Map<String, Object> low = chat.choose(id, "3");
        assertThat(ChatApi.asked(low)).isEqualTo("work_ability_help");
        Map<String, Object> next = chat.text(id, "Kevyempi työ ja lyhyemmät päivät");
        assertThat(ChatApi.asked(next)).isEqualTo("physical_health");
        Map<String, Object> high = chat.text(id, "8");
        assertThat(ChatApi.asked(high)).isEqualTo("mobility");
        Map<String, Object> withWords = chat.text(id, "7, mutta polvi vaivaa portaissa");
        assertThat(ChatApi.asked(withWords)).isEqualTo("energy_sleep");
        Map<String, Object> add = chat.text(id, "haluan lisätä");
        assertThat(ChatApi.asked(add)).isEqualTo("mobility_help");
        assertThat(ChatApi.lastText(add)).contains("Nykyinen vastauksesi: mutta polvi vaivaa portaissa.");

        assertThat(draft(id).answers())
                .containsEntry("work_ability", 3)
                .containsEntry("work_ability_help", "Kevyempi työ ja lyhyemmät päivät")
                .containsEntry("physical_health", 8)
                .containsEntry("mobility", 7)
                .containsEntry("mobility_help", "mutta polvi vaivaa portaissa")
                .doesNotContainKey("physical_health_help");
    }

    @Test
    void reachesTheSummaryWithinThirtyFiveTurnsWhenEveryScoreIsLow() {
        String id = start("fi");
        Map<String, Object> response;
        int turns = 0;
        String asked = "age";
        while (!"summary".equals(asked)) {
            Item item = INSTRUMENT.item(asked).orElseThrow();
            response = switch (item.type()) {
                case SCALE -> chat.choose(id, "2");
                case BOOLEAN -> chat.choose(id, "false");
                case INTEGER -> chat.text(id, "20");
                case MUNICIPALITY -> chat.choose(id, "oulu");
                case TEXT -> chat.text(id, "Tuki auttaisi.");
                case ENUM, SET -> chat.choose(id, item.choices().getFirst().value());
            };
            turns++;
            asked = ChatApi.asked(response);
            assertThat(turns).isLessThanOrEqualTo(35);
        }
        assertThat(draft(id).followUps()).isEqualTo(5);
    }

    @Test
    void understandsSwedishAndEnglishPlainReplies() {
        String id = start("sv");
        chat.text(id, "fyrtiofem år");
        chat.text(id, "Vasa");
        chat.text(id, "arbetslös");
        chat.text(id, "två år");
        chat.text(id, "en gång");
        chat.text(id, "ja");
        assertThat(draft(id).answers())
                .containsEntry("age", 45)
                .containsEntry("municipality", "vaasa")
                .containsEntry("employment_status", "unemployed")
                .containsEntry("unemployment_months", 24)
                .containsEntry("unemployment_spells_3y", 1)
                .containsEntry("registered_jobseeker", true);

        String en = start("en");
        chat.text(en, "I'm thirty four");
        chat.text(en, "Oulu");
        chat.text(en, "laid off");
        chat.text(en, "half a year");
        assertThat(draft(en).answers())
                .containsEntry("age", 34)
                .containsEntry("employment_status", "laid_off")
                .containsEntry("unemployment_months", 6);
    }

    @Test
    void streamsRepliesAsServerSentEvents() {
        String id = start("fi");
        Flux<ServerSentEvent<Map<String, Object>>> stream = client.get()
                .uri("/api/chat/sessions/{id}/stream", id)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {})
                .getResponseBody();

        StepVerifier.create(stream.filter(event -> "message".equals(event.event())))
                .then(() -> chat.text(id, "45"))
                .assertNext(event -> assertThat(event.data()).containsEntry("item", "municipality"))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void answersUnknownSessionsAndBadMessagesWithProblems() {
        client.post()
                .uri("/api/chat/sessions/AAAAAAAAAAAAAAAAAAAAAA/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "hei"))
                .exchange()
                .expectAll(Problems.naming(404, "sessionId"));
        client.get().uri("/api/chat/sessions/nope/stream").exchange().expectAll(Problems.naming(404, "sessionId"));
        String id = start("en");
        client.post()
                .uri("/api/chat/sessions/{id}/messages?lang=en", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of())
                .exchange()
                .expectAll(Problems.naming(400, "text", "Write a message (text) or pick an option (choice)."));
        client.post()
                .uri("/api/chat/sessions/{id}/messages", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "a".repeat(2001)))
                .exchange()
                .expectAll(Problems.naming(400, "text"));
        client.post()
                .uri("/api/chat/sessions/{id}/messages", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json")
                .exchange()
                .expectStatus()
                .isBadRequest();
        client.post()
                .uri("/api/chat/sessions/{id}/messages", id)
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("hello")
                .exchange()
                .expectStatus()
                .isEqualTo(415);
    }
}
