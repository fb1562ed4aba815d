package fi.polku.assistant.screening.memory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.screening.ScreeningSettings;
import fi.polku.assistant.screening.ScreeningStore;
import fi.polku.assistant.screening.ScreeningStoreContractTests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The in-memory store against the shared contract, on a clock the test moves. */
class InMemoryScreeningsTests extends ScreeningStoreContractTests {

    private final MovableClock clock = new MovableClock();
    private InMemoryScreenings store;

    @Override
    protected ScreeningStore store(Duration expiry) {
        store = new InMemoryScreenings(new ScreeningSettings(expiry, 5), clock);
        return store;
    }

    @Override
    protected void letTimePass(Duration time) {
        clock.instant = clock.instant.plus(time);
    }

    @Test
    void purgesExpiredScreenings() {
        store(Duration.ofDays(7));
        store.save(teamScreening("FFFFFFFFFFFFFFFFFFFFFF")).block();
        letTimePass(Duration.ofDays(6));
        store.purgeExpired();
        assertThat(store.size()).isEqualTo(1);

        letTimePass(Duration.ofDays(1));
        store.purgeExpired();

        assertThat(store.size()).isZero();
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        private Instant instant = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
