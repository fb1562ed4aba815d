package fi.polku.assistant.referral.memory;

import fi.polku.assistant.booking.MovableClock;
import fi.polku.assistant.referral.AuditLog;
import fi.polku.assistant.referral.ReferralStore;
import fi.polku.assistant.referral.ReferralStoreContractTests;
import java.time.Duration;
import java.time.Instant;

/** The in-memory referral store and audit log against their shared contract, on a clock the test moves. */
class InMemoryReferralStoresTests extends ReferralStoreContractTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));

    @Override
    protected ReferralStore store() {
        return new InMemoryReferrals(clock);
    }

    @Override
    protected AuditLog audit() {
        return new InMemoryAuditLog(clock);
    }

    @Override
    protected void letTimePass(Duration time) {
        clock.advance(time);
    }
}
