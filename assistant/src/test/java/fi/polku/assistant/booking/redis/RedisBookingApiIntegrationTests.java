package fi.polku.assistant.booking.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.booking.BookingApiContractTests;
import fi.polku.assistant.booking.BookingStore;
import fi.polku.assistant.booking.SlotLedger;
import fi.polku.assistant.screening.redis.EmbeddedRedis;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The booking API on the Redis stores (the {@code redis} profile, a real redis-server), holds lapsing after 2 s. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("redis")
class RedisBookingApiIntegrationTests extends BookingApiContractTests {

    private static final EmbeddedRedis REDIS = EmbeddedRedis.start();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", REDIS::port);
        registry.add("polku.booking.hold", () -> "2s");
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    @Autowired
    SlotLedger ledger;

    @Autowired
    BookingStore bookings;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void runsOnTheRedisStores() {
        assertThat(ledger).isInstanceOf(RedisSlotLedger.class);
        assertThat(bookings).isInstanceOf(RedisBookings.class);
    }

    @Test
    void freesAHeldSlotWhenTheHoldLapses() throws InterruptedException {
        String slotId = freeSlot("WORK_ABILITY_TEAM", "rovaniemi", 0);
        Map<String, Object> hold = client.post()
                .uri("/api/slots/{id}/holds", slotId)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(available(slotId, "WORK_ABILITY_TEAM", "rovaniemi")).isFalse();

        Thread.sleep(Duration.ofMillis(2500));

        assertThat(available(slotId, "WORK_ABILITY_TEAM", "rovaniemi")).isTrue();
        client.post()
                .uri("/api/holds/{id}/extension", hold.get("holdId"))
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(redis.hasKey("polku:hold:" + hold.get("holdId")).block()).isFalse();
    }

    @Test
    void storesBookingsWithATtlPastTheirMeeting() {
        String slotId = freeSlot("SERVICE_GUIDANCE", "vaasa", 0);
        Map<String, Object> booking = booked(bookingBody(screening("{}"), slotId));

        Duration ttl =
                redis.getExpire("polku:booking:" + booking.get("bookingId")).block();

        assertThat(ttl).isGreaterThan(Duration.ofDays(90)).isLessThan(Duration.ofDays(152));
    }
}
