package fi.polku.assistant.drafts.memory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.drafts.DraftStore;
import fi.polku.assistant.drafts.DraftStoreContractTests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The in-memory store against the shared contract, on a clock the test moves. */
class InMemoryDraftsTests extends DraftStoreContractTests {

    private final MovableClock clock = new MovableClock();
    private final InMemoryDrafts store = new InMemoryDrafts(clock);

    @Override
    protected DraftStore store() {
        return store;
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @Override
    protected void letTimePass(Duration time) {
        clock.instant = clock.instant.plus(time);
    }

    @Test
    void purgesExpiredDraftsAndTheirCodes() {
        store.save(emptyDraft("PPPPPPPPPPPPPPPPPPPPPP", "PPPPPPPPPPPP", Duration.ofDays(7)))
                .block();
        letTimePass(Duration.ofDays(6));
        store.purgeExpired();
        assertThat(store.size()).isEqualTo(2);

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
