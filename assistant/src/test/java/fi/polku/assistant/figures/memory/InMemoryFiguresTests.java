package fi.polku.assistant.figures.memory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.figures.FigureSettings;
import fi.polku.assistant.figures.FigureStore;
import fi.polku.assistant.figures.FigureStoreContractTests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-memory store against the shared contract, on a clock the test moves. */
class InMemoryFiguresTests extends FigureStoreContractTests {

    private final MovableClock clock = new MovableClock();
    private InMemoryFigures store;

    @Override
    protected FigureStore store(Duration retention) {
        store = new InMemoryFigures(new FigureSettings(retention, 30, 366, false), clock);
        return store;
    }

    @Override
    protected Instant now() {
        return clock.instant;
    }

    @Override
    protected void letTimePass(Duration time) {
        clock.instant = clock.instant.plus(time);
    }

    @Test
    void purgesDaysPastTheirRetention() {
        store(Duration.ofDays(400));
        LocalDate today = LocalDate.of(2026, 11, 30);
        store.add(today.minusDays(2), "mieli", Map.of("screenings", 1L)).block();
        store.add(today, "mieli", Map.of("screenings", 1L)).block();
        letTimePass(Duration.ofDays(397));
        store.purgeExpired();
        assertThat(store.size()).isEqualTo(2);

        letTimePass(Duration.ofDays(2));
        store.purgeExpired();

        assertThat(store.size()).isEqualTo(1);
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        private Instant instant = Instant.parse("2026-11-30T10:00:00Z");

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
