package fi.polku.assistant.booking.memory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.booking.BookingStore;
import fi.polku.assistant.booking.BookingStoreContractTests;
import fi.polku.assistant.booking.HoldStore;
import fi.polku.assistant.booking.HoldStoreContractTests;
import fi.polku.assistant.booking.MovableClock;
import fi.polku.assistant.booking.SlotIdStore;
import fi.polku.assistant.booking.SlotIdStoreContractTests;
import fi.polku.assistant.booking.SlotLedger;
import fi.polku.assistant.booking.SlotLedgerContractTests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The in-memory booking stores against their shared contracts, on a clock the test moves. */
class InMemoryBookingStoresTests {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    @Nested
    class Ledger extends SlotLedgerContractTests {

        private final MovableClock clock = new MovableClock(START);
        private InMemorySlotLedger ledger;

        @Override
        protected SlotLedger ledger() {
            ledger = new InMemorySlotLedger(clock);
            return ledger;
        }

        @Override
        protected void letTimePass(Duration time) {
            clock.advance(time);
        }

        @Test
        void purgesTimesWhoseSeatsAllLapsed() {
            ledger().take("cal_20261124T0900", 1, "hold:a", SHORT).block();
            ledger.take("cal_20261124T1000", 1, "booking:b", LONG).block();

            letTimePass(SHORT.plusMillis(1));
            ledger.purgeExpired();

            assertThat(ledger.size()).isEqualTo(1);
            assertThat(ledger.taken(List.of("cal_20261124T1000"), 1).block()).hasSize(1);
        }
    }

    @Nested
    class Holds extends HoldStoreContractTests {

        private final MovableClock clock = new MovableClock(START);

        @Override
        protected HoldStore store() {
            return new InMemoryHolds(clock);
        }

        @Override
        protected void letTimePass(Duration time) {
            clock.advance(time);
        }
    }

    @Nested
    class Bookings extends BookingStoreContractTests {

        private final MovableClock clock = new MovableClock(START);

        @Override
        protected BookingStore store() {
            return new InMemoryBookings(clock);
        }

        @Override
        protected void letTimePass(Duration time) {
            clock.advance(time);
        }
    }

    @Nested
    class SlotIds extends SlotIdStoreContractTests {

        private final MovableClock clock = new MovableClock(START);

        @Override
        protected SlotIdStore store() {
            return new InMemorySlotIds(clock);
        }

        @Override
        protected void letTimePass(Duration time) {
            clock.advance(time);
        }
    }
}
