package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The behaviour every slot ledger keeps; each adapter's test class extends this suite. */
public abstract class SlotLedgerContractTests {

    protected static final Duration LONG = Duration.ofHours(1);
    protected static final Duration SHORT = Duration.ofMillis(600);

    /** A fresh ledger; each test uses its own times, so ledgers may share a server. */
    protected abstract SlotLedger ledger();

    /** Lets the time pass for the ledger: a clock for memory, a real wait for Redis. */
    protected abstract void letTimePass(Duration time) throws InterruptedException;

    @Test
    void takesFreeSeatsUpToTheCapacity() {
        SlotLedger ledger = ledger();
        String time = "cal_20261124T0900";

        assertThat(ledger.take(time, 2, "booking:a", LONG).block()).isTrue();
        assertThat(ledger.take(time, 2, "booking:b", LONG).block()).isTrue();
        assertThat(ledger.take(time, 2, "booking:c", LONG).block()).isFalse();

        assertThat(ledger.taken(List.of(time, "cal_20261124T1000"), 2).block()).isEqualTo(Map.of(time, 2));
    }

    @Test
    void keepsTheOwnersSeatWhenItTakesAgain() {
        SlotLedger ledger = ledger();
        String time = "cal_20261124T1100";

        assertThat(ledger.take(time, 1, "hold:a", LONG).block()).isTrue();
        assertThat(ledger.take(time, 1, "hold:a", LONG).block()).isTrue();

        assertThat(ledger.taken(List.of(time), 1).block()).isEqualTo(Map.of(time, 1));
    }

    @Test
    void freesASeatAtOnceWhenReleased() {
        SlotLedger ledger = ledger();
        String time = "cal_20261124T1200";
        ledger.take(time, 1, "booking:a", LONG).block();

        assertThat(ledger.release(time, 1, "booking:b").block()).isFalse();
        assertThat(ledger.release(time, 1, "booking:a").block()).isTrue();

        assertThat(ledger.taken(List.of(time), 1).block()).isEmpty();
        assertThat(ledger.take(time, 1, "booking:b", LONG).block()).isTrue();
    }

    @Test
    void handsAHeldSeatToTheBooking() {
        SlotLedger ledger = ledger();
        String time = "cal_20261124T1300";
        ledger.take(time, 1, "hold:h", SHORT).block();

        assertThat(ledger.transfer(time, 1, "hold:h", "booking:b", LONG).block())
                .isTrue();
        assertThat(ledger.transfer(time, 1, "hold:h", "booking:c", LONG).block())
                .isFalse();
        assertThat(ledger.release(time, 1, "booking:b").block()).isTrue();
    }

    @Test
    void freesASeatWhoseTimeRanOut() throws InterruptedException {
        SlotLedger ledger = ledger();
        String time = "cal_20261124T1400";
        ledger.take(time, 1, "hold:a", SHORT).block();
        assertThat(ledger.take(time, 1, "hold:b", LONG).block()).isFalse();

        letTimePass(SHORT.plusMillis(300));

        assertThat(ledger.taken(List.of(time), 1).block()).isEmpty();
        assertThat(ledger.extend(time, 1, "hold:a", LONG).block()).isFalse();
        assertThat(ledger.take(time, 1, "hold:b", LONG).block()).isTrue();
    }

    @Test
    void keepsAnExtendedSeatPastItsFirstTime() throws InterruptedException {
        SlotLedger ledger = ledger();
        String time = "cal_20261124T1500";
        ledger.take(time, 1, "hold:a", SHORT).block();

        assertThat(ledger.extend(time, 1, "hold:a", SHORT.multipliedBy(3)).block())
                .isTrue();
        letTimePass(SHORT.plusMillis(300));

        assertThat(ledger.taken(List.of(time), 1).block()).isEqualTo(Map.of(time, 1));
        assertThat(ledger.take(time, 1, "hold:b", LONG).block()).isFalse();
    }

    @Test
    void givesOneSeatToExactlyOneOfFortyConcurrentTakers() throws Exception {
        SlotLedger ledger = ledger();
        String time = "cal_20261125T0900";
        ExecutorService threads = Executors.newFixedThreadPool(40);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String owner = "booking:" + i;
                results.add(threads.submit(() -> {
                    start.await();
                    return ledger.take(time, 1, owner, LONG).block();
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> result : results) {
                won += Boolean.TRUE.equals(result.get()) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            assertThat(ledger.taken(List.of(time), 1).block()).isEqualTo(Map.of(time, 1));
        } finally {
            threads.shutdownNow();
        }
    }
}
