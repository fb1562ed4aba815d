package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every hold store keeps; each adapter's test class extends this suite. */
public abstract class HoldStoreContractTests {

    protected static final Duration SHORT = Duration.ofMillis(600);

    protected abstract HoldStore store();

    protected abstract void letTimePass(Duration time) throws InterruptedException;

    private static Hold hold(String id) {
        return new Hold(id, "oulu-sg_20261124T0900_phone", Instant.parse("2026-11-24T06:05:00Z"), 2);
    }

    @Test
    void findsWhatItSaved() {
        HoldStore store = store();
        Hold hold = hold("AAAAAAAAAAAAAAAAAAAAAA");

        StepVerifier.create(store.save(hold, Duration.ofMinutes(5)))
                .expectNext(hold)
                .verifyComplete();
        StepVerifier.create(store.find(hold.id())).expectNext(hold).verifyComplete();
        StepVerifier.create(store.find("BBBBBBBBBBBBBBBBBBBBBB")).verifyComplete();
    }

    @Test
    void forgetsAHoldOnceItLapsed() throws InterruptedException {
        HoldStore store = store();
        Hold hold = hold("CCCCCCCCCCCCCCCCCCCCCC");
        store.save(hold, SHORT).block();

        letTimePass(SHORT.plusMillis(300));

        StepVerifier.create(store.find(hold.id())).verifyComplete();
    }

    @Test
    void deletesAHold() {
        HoldStore store = store();
        Hold hold = hold("DDDDDDDDDDDDDDDDDDDDDD");
        store.save(hold, Duration.ofMinutes(5)).block();

        assertThat(store.delete(hold.id()).block()).isTrue();
        assertThat(store.delete(hold.id()).block()).isFalse();
        StepVerifier.create(store.find(hold.id())).verifyComplete();
    }

    @Test
    void replacesAHoldWithItsExtension() throws InterruptedException {
        HoldStore store = store();
        Hold hold = hold("EEEEEEEEEEEEEEEEEEEEEE");
        store.save(hold, SHORT).block();
        Hold extended = new Hold(hold.id(), hold.slotId(), hold.expiresAt().plusSeconds(300), 3);

        store.save(extended, SHORT.multipliedBy(3)).block();
        letTimePass(SHORT.plusMillis(300));

        StepVerifier.create(store.find(hold.id())).expectNext(extended).verifyComplete();
    }
}
