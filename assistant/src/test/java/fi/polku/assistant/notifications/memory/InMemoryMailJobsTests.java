package fi.polku.assistant.notifications.memory;

import fi.polku.assistant.booking.MovableClock;
import fi.polku.assistant.notifications.MailJobStore;
import fi.polku.assistant.notifications.MailJobStoreContractTests;
import java.time.Duration;
import java.time.Instant;

/** The in-memory mail job store against the shared contract, on a clock the test moves. */
class InMemoryMailJobsTests extends MailJobStoreContractTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final InMemoryMailJobs store = new InMemoryMailJobs(clock);

    @Override
    protected MailJobStore store() {
        return store;
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @Override
    protected void letTimePass(Duration time) {
        clock.advance(time);
    }
}
