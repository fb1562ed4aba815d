package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import fi.polku.assistant.Problems;
import fi.polku.assistant.system.RandomIds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/** The booking API on the in-memory stores (the embedded default): the shared suite plus the API's details. */
@PolkuIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BookingApiIntegrationTests extends BookingApiContractTests {

    @Test
    void listsSlotsWithFinnishOffsetsChannelsAndPlaces() {
        // Monday 29 March 2027 is Easter Monday: the first slot is on Tuesday, in summer time
        client.get()
                .uri("/api/slots?target=SERVICE_GUIDANCE&from=2027-03-29&days=2&municipality=oulu&lang=sv")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.slots[0].start")
                .isEqualTo("2027-03-30T09:00:00+03:00")
                .jsonPath("$.slots[0].end")
                .isEqualTo("2027-03-30T09:45:00+03:00")
                .jsonPath("$.slots[0].channel")
                .isEqualTo("phone")
                .jsonPath("$.slots[0].available")
                .isEqualTo(true)
                .jsonPath("$.slots[0].place")
                .doesNotExist()
                .jsonPath("$.slots[2].channel")
                .isEqualTo("visit")
                .jsonPath("$.slots[2].place")
                .isEqualTo("Sysselsättningstjänster, Torikatu 10, Uleåborg");
    }

    @Test
    void namesSlotsByRandomIdsThatStayTheSameForTheSlot() {
        String uri = "/api/slots?target=SERVICE_GUIDANCE&from=2027-03-29&days=2&municipality=oulu";
        List<Map<String, Object>> first = slotList(uri);
        List<Map<String, Object>> again = slotList(uri);

        assertThat(first).isNotEmpty().allSatisfy(slot -> {
            String id = (String) slot.get("id");
            // 128 random bits as base64url: nothing of the calendar, time or channel can be read from it
            assertThat(RandomIds.looksLikeId(id)).isTrue();
            assertThat(id).doesNotContain("oulu", "2027", "phone");
        });
        assertThat(first.stream().map(slot -> slot.get("id")).distinct()).hasSize(first.size());
        assertThat(again)
                .extracting(slot -> slot.get("id"))
                .containsExactlyElementsOf(
                        first.stream().map(slot -> slot.get("id")).toList());
        // the readable key of the old design is no id at all
        client.post()
                .uri("/api/slots/oulu-sg_20270330T0900_phone/holds")
                .exchange()
                .expectAll(Problems.naming(404, "slotId"));
    }

    private List<Map<String, Object>> slotList(String uri) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slots = (List<Map<String, Object>>) client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("slots");
        return slots;
    }

    @Test
    void refusesBadSlotQueriesNamingEachParameter() {
        client.get()
                .uri("/api/slots?target=DENTIST&from=tomorrow&days=61")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(java.util.List.of("target", "from", "days"));
        client.get().uri("/api/slots").exchange().expectAll(Problems.naming(400, "target"));
        client.get()
                .uri("/api/slots?target=SERVICE_GUIDANCE&days=abc&lang=en")
                .exchange()
                .expectAll(Problems.naming(400, "days", "The number of days must be a whole number from 1 to 60."));
    }

    @Test
    void booksATimeAndShowsItWithTheToken() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "rovaniemi", 0);
        Map<String, Object> booking = booked(bookingBody(screening("{\"municipality\":\"oulu\"}"), slotId));

        assertThat(booking).containsEntry("target", "SERVICE_GUIDANCE").containsEntry("status", "CONFIRMED");
        assertThat((String) booking.get("cancelToken")).hasSizeGreaterThanOrEqualTo(22);
        assertThat(((Map<?, ?>) booking.get("slot")).get("id")).isEqualTo(slotId);
        assertThat(available(slotId, "SERVICE_GUIDANCE", "rovaniemi")).isFalse();
        client.get()
                .uri("/api/bookings/{id}?token={t}", booking.get("bookingId"), booking.get("cancelToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.slot.id")
                .isEqualTo(slotId)
                .jsonPath("$.cancelToken")
                .doesNotExist();
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheSameBooking() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "oulu", 1);
        String body = bookingBody(screening("{}"), slotId);
        Map<String, Object> first = bookWithKey(body, "retry-1");
        Map<String, Object> again = bookWithKey(body, "retry-1");

        assertThat(again).isEqualTo(first);
        client.post()
                .uri("/api/bookings")
                .header("Idempotency-Key", "retry-1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.replace(slotId, freeSlot("SERVICE_GUIDANCE", "oulu", 0)))
                .exchange()
                .expectAll(Problems.naming(409, "Idempotency-Key"));
    }

    private Map<String, Object> bookWithKey(String body, String key) {
        return client.post()
                .uri("/api/bookings")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @Test
    void offersTheNextFreeSlotsWhenASlotIsTaken() {
        String slotId = freeSlot("WORK_ABILITY_TEAM", "oulu", 0);
        Object channel = slots("WORK_ABILITY_TEAM", "oulu").stream()
                .filter(slot -> slot.get("id").equals(slotId))
                .findFirst()
                .orElseThrow()
                .get("channel");
        booked(bookingBody(screening(TEAM_ANSWERS), slotId));

        book(bookingBody(screening(TEAM_ANSWERS), slotId))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("slotId")
                .jsonPath("$.slots.length()")
                .isEqualTo(3)
                .jsonPath("$.slots[0].channel")
                .isEqualTo(channel)
                .jsonPath("$.slots[0].available")
                .isEqualTo(true);
    }

    @Test
    void needsAWorkAbilityTeamResultForTeamSlots() {
        String slotId = freeSlot("WORK_ABILITY_TEAM", "vaasa", 0);

        book(bookingBody(screening("{}"), slotId)).expectAll(Problems.naming(409, "slotId"));
        booked(bookingBody(screening(TEAM_ANSWERS), slotId));
    }

    @Test
    void refusesBadContactDetailsAndMissingConsentNamingEachField() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "oulu", 0);
        String body = """
                {"screeningId": "%s", "slotId": "%s", "lang": "en",
                 "contact": {"name": "R2-D2", "phone": "12", "email": "not-an-address"}, "consentToShare": false}
                """.formatted(screening("{}"), slotId);

        book(body)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(java.util.List.of("contact.name", "contact.phone", "contact.email", "consentToShare"))
                .jsonPath("$.errors[3].message")
                .isEqualTo("The booking needs your consent to share the details with the team.");
        book("{\"consentToShare\": true}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(java.util.List.of("screeningId", "slotId", "contact.name"));
        book(bookingBody(screening("{}"), "oulu-sg_20261124T0910_phone")).expectAll(Problems.naming(400, "slotId"));
        assertThat(available(slotId, "SERVICE_GUIDANCE", "oulu")).isTrue();
    }

    @Test
    void answersNotFoundForAnUnknownOrDeletedScreening() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "oulu", 0);
        book(bookingBody("AAAAAAAAAAAAAAAAAAAAAA", slotId)).expectAll(Problems.naming(404, "screeningId"));
        book(bookingBody("not-an-id", slotId)).expectAll(Problems.naming(404, "screeningId"));
        String deleted = screening("{}");
        client.delete()
                .uri("/api/screenings/{id}", deleted)
                .exchange()
                .expectStatus()
                .isNoContent();
        book(bookingBody(deleted, slotId)).expectAll(Problems.naming(404, "screeningId"));
    }

    @Test
    void refusesAWrongTokenAndAnUnknownBooking() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "rovaniemi", 0);
        Map<String, Object> booking = booked(bookingBody(screening("{}"), slotId));
        Object id = booking.get("bookingId");
        String token = (String) booking.get("cancelToken");
        String wrong = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        client.delete()
                .uri("/api/bookings/{id}?token={t}", id, wrong)
                .exchange()
                .expectAll(Problems.naming(403, "token"));
        client.delete().uri("/api/bookings/{id}", id).exchange().expectAll(Problems.naming(403, "token"));
        client.get()
                .uri("/api/bookings/{id}/calendar.ics?token={t}", id, wrong)
                .exchange()
                .expectStatus()
                .isForbidden();
        client.delete()
                .uri("/api/bookings/{id}?token={t}", "AAAAAAAAAAAAAAAAAAAAAA", token)
                .exchange()
                .expectAll(Problems.naming(404, "bookingId"));
        client.delete()
                .uri("/api/bookings/{id}?token={t}", "not-a-booking-id", token)
                .exchange()
                .expectAll(Problems.naming(404, "bookingId"));
        // still booked
        assertThat(available(slotId, "SERVICE_GUIDANCE", "rovaniemi")).isFalse();
    }

    @Test
    void writesACalendarFileAndItsCancellationWithTheSameUidAndAHigherSequence() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "oulu", 0);
        Map<String, Object> booking = booked(bookingBody(screening("{}"), slotId));
        Object id = booking.get("bookingId");
        Object token = booking.get("cancelToken");

        String confirmed = ics(id, token);
        client.delete()
                .uri("/api/bookings/{id}?token={t}", id, token)
                .exchange()
                .expectStatus()
                .isNoContent();
        String cancelled = ics(id, token);

        assertThat(confirmed)
                .contains("METHOD:PUBLISH", "UID:" + id + "@polku", "SEQUENCE:0", "STATUS:CONFIRMED")
                .contains("Oulun palveluohjaus")
                .doesNotContain("Kettunen", "765", "aino.kv");
        assertThat(cancelled).contains("METHOD:CANCEL", "UID:" + id + "@polku", "SEQUENCE:1", "STATUS:CANCELLED");
    }

    private String ics(Object id, Object token) {
        return client.get()
                .uri("/api/bookings/{id}/calendar.ics?token={t}", id, token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/calendar")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void movesABookingButNeverACancelledOne() {
        String first = freeSlot("SERVICE_GUIDANCE", "rovaniemi", 0);
        String second = freeSlot("SERVICE_GUIDANCE", "rovaniemi", 5);
        Map<String, Object> booking = booked(bookingBody(screening("{}"), first));
        Object id = booking.get("bookingId");
        Object token = booking.get("cancelToken");

        reschedule(id, token, second)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.slot.id")
                .isEqualTo(second)
                .jsonPath("$.sequence")
                .isEqualTo(1);
        assertThat(available(first, "SERVICE_GUIDANCE", "rovaniemi")).isTrue();
        assertThat(available(second, "SERVICE_GUIDANCE", "rovaniemi")).isFalse();

        client.delete()
                .uri("/api/bookings/{id}?token={t}", id, token)
                .exchange()
                .expectStatus()
                .isNoContent();
        reschedule(id, token, first).expectAll(Problems.naming(409, "bookingId"));
        assertThat(available(first, "SERVICE_GUIDANCE", "rovaniemi")).isTrue();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec reschedule(
            Object id, Object token, String slotId) {
        return client.post()
                .uri("/api/bookings/{id}/reschedule?token={t}", id, token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"slotId\": \"" + slotId + "\"}")
                .exchange();
    }

    @Test
    void logsNoContactDetailsOfAFullBooking(CapturedOutput output) {
        String slotId = freeSlot("SERVICE_GUIDANCE", "oulu", 0);
        String screeningId = screening(TEAM_ANSWERS);
        String holdId = (String) client.post()
                .uri("/api/slots/{id}/holds", slotId)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("holdId");
        client.post()
                .uri("/api/holds/{id}/extension", holdId)
                .exchange()
                .expectStatus()
                .isOk();
        String body = """
                {"screeningId": "%s", "slotId": "%s", "holdId": "%s",
                 "contact": {"name": "Zyxwvut Qoppa", "phone": "+358 50 999 8877", "email": "zyxwvut.qoppa@example.org",
                             "interpreter": "tigrinya", "accessibility": "pyörätuoli", "bestTimeToCall": "aamulla"},
                 "consentToShare": true, "notes": "Muistiinpano Qoppalle"}
                """.formatted(screeningId, slotId, holdId);
        Map<String, Object> booking = booked(body);
        ics(booking.get("bookingId"), booking.get("cancelToken"));
        client.delete()
                .uri("/api/bookings/{id}?token={t}", booking.get("bookingId"), booking.get("cancelToken"))
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(output.getAll())
                .doesNotContain("Zyxwvut", "Qoppa", "999 8877", "509998877", "zyxwvut.qoppa", "tigrinya")
                .doesNotContain((String) booking.get("cancelToken"), (String) booking.get("bookingId"))
                // every id that reached a URL: screening, slot, hold
                .doesNotContain(screeningId, slotId, holdId);
    }
}
