package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Booking through the HTTP API with whichever stores the context runs on; the in-memory and the Redis context each
 * run this suite.
 */
public abstract class BookingApiContractTests {

    /** The team persona of segmentation-rules/rules/cases/personas.yml (Vaasa, WORK_ABILITY_TEAM). */
    protected static final String TEAM_ANSWERS = """
            {"age": 45, "municipality": "vaasa", "employment_status": "unemployed", "unemployment_months": 30,
             "unemployment_spells_3y": 1, "secondary_education": false, "studies_interrupted": true,
             "health_affects_work": "significantly", "health_assessed": false, "feels_partial_work_ability": true,
             "support_areas": ["health", "mental_wellbeing", "finances", "job_search"], "situation_clarity": "unclear",
             "goal": "supported_work", "motivation": 8, "urgent_concern": false, "work_ability": 3}
            """;

    @Autowired
    protected WebTestClient client;

    @LocalServerPort
    protected int port;

    /** A new screening of the answers (JSON), its id. */
    protected String screening(String answers) {
        Map<String, Object> created = client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lang\":\"fi\",\"answers\":" + answers + "}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        return (String) created.get("id");
    }

    /** The slots of the target for the municipality over 60 days. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> slots(String target, String municipality) {
        Map<String, Object> body = client.get()
                .uri("/api/slots?target={t}&municipality={m}&days=60", target, municipality)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        return (List<Map<String, Object>>) body.get("slots");
    }

    /** The id of the n-th free slot (0 = the first) of the target for the municipality. */
    protected String freeSlot(String target, String municipality, int n) {
        return slots(target, municipality).stream()
                .filter(slot -> Boolean.TRUE.equals(slot.get("available")))
                .skip(n)
                .findFirst()
                .map(slot -> (String) slot.get("id"))
                .orElseThrow();
    }

    /** Whether the slot is listed as available now. */
    protected boolean available(String slotId, String target, String municipality) {
        return slots(target, municipality).stream()
                .filter(slot -> slot.get("id").equals(slotId))
                .findFirst()
                .map(slot -> Boolean.TRUE.equals(slot.get("available")))
                .orElseThrow();
    }

    protected static String bookingBody(String screeningId, String slotId) {
        return """
                {"screeningId": "%s", "slotId": "%s",
                 "contact": {"name": "Aino Kettunen-Virtanen", "phone": "040 765 4321", "email": "aino.kv@example.fi"},
                 "consentToShare": true}
                """.formatted(screeningId, slotId);
    }

    protected WebTestClient.ResponseSpec book(String body) {
        return client.post()
                .uri("/api/bookings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    protected Map<String, Object> booked(String body) {
        return book(body)
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @Test
    void givesOneSlotToExactlyOneOfFortyConcurrentBookings() {
        // lappi-sg has one seat per time
        String slotId = freeSlot("SERVICE_GUIDANCE", "rovaniemi", 0);
        List<String> screenings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            screenings.add(screening("{\"municipality\":\"rovaniemi\"}"));
        }
        WebClient web = WebClient.create("http://127.0.0.1:" + port);

        List<Integer> statuses = Flux.fromIterable(screenings)
                .flatMap(
                        screeningId -> web.post()
                                .uri("/api/bookings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(bookingBody(screeningId, slotId))
                                .exchangeToMono(response -> response.releaseBody()
                                        .thenReturn(response.statusCode().value())),
                        40)
                .collectList()
                .block();

        assertThat(statuses).hasSize(40);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
        assertThat(statuses.stream().filter(status -> status == 409)).hasSize(39);
        assertThat(available(slotId, "SERVICE_GUIDANCE", "rovaniemi")).isFalse();
    }

    @Test
    void freesACancelledSlotAtOnceForTheNextResident() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "rovaniemi", 1);
        Map<String, Object> first = booked(bookingBody(screening("{}"), slotId));
        book(bookingBody(screening("{}"), slotId)).expectStatus().isEqualTo(409);

        client.delete()
                .uri("/api/bookings/{id}?token={token}", first.get("bookingId"), first.get("cancelToken"))
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(available(slotId, "SERVICE_GUIDANCE", "rovaniemi")).isTrue();
        Map<String, Object> second = booked(bookingBody(screening("{}"), slotId));
        assertThat(second.get("bookingId")).isNotEqualTo(first.get("bookingId"));
    }

    @Test
    void keepsAHeldSlotForItsHolderAndExtendsTheHold() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "rovaniemi", 2);
        Map<String, Object> hold = client.post()
                .uri("/api/slots/{id}/holds", slotId)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(available(slotId, "SERVICE_GUIDANCE", "rovaniemi")).isFalse();
        book(bookingBody(screening("{}"), slotId)).expectStatus().isEqualTo(409);
        client.post()
                .uri("/api/slots/{id}/holds", slotId)
                .exchange()
                .expectStatus()
                .isEqualTo(409);

        client.post()
                .uri("/api/holds/{id}/extension", hold.get("holdId"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.extensions")
                .isEqualTo(1);

        String body = bookingBody(screening("{}"), slotId)
                .replace("\"consentToShare\"", "\"holdId\": \"" + hold.get("holdId") + "\", \"consentToShare\"");
        booked(body);
        // the hold became the booking
        client.post()
                .uri("/api/holds/{id}/extension", hold.get("holdId"))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void releasesAHoldAtOnce() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "rovaniemi", 3);
        Map<String, Object> hold = client.post()
                .uri("/api/slots/{id}/holds", slotId)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();

        client.delete()
                .uri("/api/holds/{id}", hold.get("holdId"))
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(available(slotId, "SERVICE_GUIDANCE", "rovaniemi")).isTrue();
    }
}
