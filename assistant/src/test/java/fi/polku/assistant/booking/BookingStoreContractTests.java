package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every booking store keeps; each adapter's test class extends this suite. */
public abstract class BookingStoreContractTests {

    protected static final Duration SHORT = Duration.ofMillis(600);
    protected static final Duration LONG = Duration.ofDays(90);

    protected abstract BookingStore store();

    protected abstract void letTimePass(Duration time) throws InterruptedException;

    /** A booking with contact details beyond ASCII and with the optional fields empty. */
    protected static Booking booking(String id) {
        return new Booking(
                id,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "SSSSSSSSSSSSSSSSSSSSSS",
                BookingTarget.WORK_ABILITY_TEAM,
                "vaasa-team",
                "vaasa",
                Instant.parse("2026-11-25T07:00:00Z"),
                Instant.parse("2026-11-25T08:00:00Z"),
                Channel.VISIT,
                new Contact("Åsa Öhman-Ääkkönen", "+358401234567", null, "sv", "arabic", null, "aamupäivä"),
                true,
                null,
                Language.SV,
                "other",
                BookingStatus.CONFIRMED,
                0,
                Instant.parse("2026-11-22T10:15:30.123456789Z"),
                null,
                null);
    }

    @Test
    void findsWhatItSavedWithEveryField() {
        BookingStore store = store();
        Booking booking = booking("AAAAAAAAAAAAAAAAAAAAAA");

        StepVerifier.create(store.save(booking, LONG)).expectNext(booking).verifyComplete();
        StepVerifier.create(store.find(booking.id())).expectNext(booking).verifyComplete();
        StepVerifier.create(store.find("BBBBBBBBBBBBBBBBBBBBBB")).verifyComplete();
    }

    @Test
    void replacesABookingWhenCancelled() {
        BookingStore store = store();
        Booking booking = booking("CCCCCCCCCCCCCCCCCCCCCC");
        store.save(booking, LONG).block();
        Booking cancelled = booking.cancelled(Instant.parse("2026-11-23T10:00:00Z"));

        store.save(cancelled, LONG).block();

        Booking found = store.find(booking.id()).block();
        assertThat(found).isEqualTo(cancelled);
        assertThat(found.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(found.sequence()).isEqualTo(1);
    }

    @Test
    void forgetsABookingOnceItsTimeRanOut() throws InterruptedException {
        BookingStore store = store();
        Booking booking = booking("DDDDDDDDDDDDDDDDDDDDDD");
        store.save(booking, SHORT).block();

        letTimePass(SHORT.plusMillis(300));

        StepVerifier.create(store.find(booking.id())).verifyComplete();
    }

    @Test
    void givesAnIdempotencyKeyToItsFirstClaimOnly() {
        BookingStore store = store();

        assertThat(store.claimIdempotencyKey("k1", "first", LONG).block()).isEqualTo("first");
        assertThat(store.claimIdempotencyKey("k1", "second", LONG).block()).isEqualTo("first");
        assertThat(store.claimIdempotencyKey("k2", "second", LONG).block()).isEqualTo("second");
    }

    @Test
    void freesAnIdempotencyKeyOnlyForItsOwner() {
        BookingStore store = store();
        store.claimIdempotencyKey("k3", "first", LONG).block();

        assertThat(store.releaseIdempotencyKey("k3", "second").block()).isFalse();
        assertThat(store.releaseIdempotencyKey("k3", "first").block()).isTrue();
        assertThat(store.claimIdempotencyKey("k3", "second", LONG).block()).isEqualTo("second");
    }

    @Test
    void forgetsAnIdempotencyKeyOnceItsTimeRanOut() throws InterruptedException {
        BookingStore store = store();
        store.claimIdempotencyKey("k4", "first", SHORT).block();

        letTimePass(SHORT.plusMillis(300));

        assertThat(store.claimIdempotencyKey("k4", "second", LONG).block()).isEqualTo("second");
    }

    @Test
    void agreesOnOneOwnerAmongConcurrentClaims() throws Exception {
        BookingStore store = store();
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String claim = "claim-" + i;
                results.add(threads.submit(() -> {
                    start.await();
                    return store.claimIdempotencyKey("k5", claim, LONG).block();
                }));
            }
            start.countDown();
            Set<String> owners = new HashSet<>();
            for (Future<String> result : results) {
                owners.add(result.get());
            }
            assertThat(owners).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
