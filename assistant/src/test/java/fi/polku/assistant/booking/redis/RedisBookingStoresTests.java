package fi.polku.assistant.booking.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingStore;
import fi.polku.assistant.booking.BookingStoreContractTests;
import fi.polku.assistant.booking.HoldStore;
import fi.polku.assistant.booking.HoldStoreContractTests;
import fi.polku.assistant.booking.SlotIdStore;
import fi.polku.assistant.booking.SlotIdStoreContractTests;
import fi.polku.assistant.booking.SlotLedger;
import fi.polku.assistant.booking.SlotLedgerContractTests;
import fi.polku.assistant.screening.redis.EmbeddedRedis;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The Redis booking stores against their shared contracts, on one real redis-server. */
class RedisBookingStoresTests {

    private static EmbeddedRedis redisServer;
    private static ReactiveStringRedisTemplate redis;

    @BeforeAll
    static void startRedis() {
        redisServer = EmbeddedRedis.start();
        redis = redisServer.template();
    }

    @AfterAll
    static void stopRedis() {
        redisServer.close();
    }

    @Nested
    class Ledger extends SlotLedgerContractTests {

        @Override
        protected SlotLedger ledger() {
            return new RedisSlotLedger(redis);
        }

        @Override
        protected void letTimePass(Duration time) throws InterruptedException {
            Thread.sleep(time.toMillis());
        }

        @Test
        void keepsEachSeatUnderItsOwnKeyWithATtl() {
            ledger().take("cal_20261126T0900", 2, "booking:x", Duration.ofHours(1))
                    .block();

            assertThat(redis.opsForValue()
                            .get("polku:slot:{cal_20261126T0900}:1")
                            .block())
                    .isEqualTo("booking:x");
            assertThat(redis.getExpire("polku:slot:{cal_20261126T0900}:1").block())
                    .isPositive()
                    .isLessThanOrEqualTo(Duration.ofHours(1));
        }
    }

    @Nested
    class Holds extends HoldStoreContractTests {

        @Override
        protected HoldStore store() {
            return new RedisHolds(redis, JsonMapper.builder().build());
        }

        @Override
        protected void letTimePass(Duration time) throws InterruptedException {
            Thread.sleep(time.toMillis());
        }
    }

    @Nested
    class Bookings extends BookingStoreContractTests {

        @Override
        protected BookingStore store() {
            return new RedisBookings(redis, JsonMapper.builder().build());
        }

        @Override
        protected void letTimePass(Duration time) throws InterruptedException {
            Thread.sleep(time.toMillis());
        }

        @Test
        void keepsContactDetailsOnlyWithATtl() {
            Booking booking = booking("ZZZZZZZZZZZZZZZZZZZZZZ");
            store().save(booking, LONG).block();

            assertThat(redis.getExpire("polku:booking:" + booking.id()).block())
                    .isPositive()
                    .isLessThanOrEqualTo(LONG);
        }

        @Test
        void givesIdempotencyKeysATtl() {
            store().claimIdempotencyKey("k-ttl", "first", Duration.ofHours(24)).block();

            assertThat(redis.getExpire("polku:booking-key:k-ttl").block())
                    .isPositive()
                    .isLessThanOrEqualTo(Duration.ofHours(24));
        }
    }

    @Nested
    class SlotIds extends SlotIdStoreContractTests {

        @Override
        protected SlotIdStore store() {
            return new RedisSlotIds(redis);
        }

        @Override
        protected void letTimePass(Duration time) throws InterruptedException {
            Thread.sleep(time.toMillis());
        }

        @Test
        void keepsBothDirectionsWithATtl() {
            store().assign(List.of(new SlotIdStore.Wanted("c9_20261124T0900_phone", "FFFFFFFFFFFFFFFFFFFFFF", LONG)))
                    .block();

            assertThat(redis.opsForValue()
                            .get("polku:slot-id:FFFFFFFFFFFFFFFFFFFFFF")
                            .block())
                    .isEqualTo("c9_20261124T0900_phone");
            assertThat(redis.getExpire("polku:slot-key:c9_20261124T0900_phone").block())
                    .isPositive()
                    .isLessThanOrEqualTo(LONG);
            assertThat(redis.getExpire("polku:slot-id:FFFFFFFFFFFFFFFFFFFFFF").block())
                    .isPositive()
                    .isLessThanOrEqualTo(LONG);
        }
    }
}
