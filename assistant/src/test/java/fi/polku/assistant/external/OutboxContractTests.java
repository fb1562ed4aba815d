package fi.polku.assistant.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** The behaviour every outbox keeps; each adapter's test class extends this suite. */
public abstract class OutboxContractTests {

    protected static final Duration LONG = Duration.ofDays(90);
    protected static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    protected abstract Outbox outbox();

    @Test
    void oneClaimAtATimeUntilReleasedOrItsLeaseRunsOut() throws InterruptedException {
        Outbox outbox = outbox();
        String key = OutboxEntry.due("KKK1", OutboxEntry.Kind.CREATE, NOW).key();
        Duration lease = Duration.ofMillis(300);

        assertThat(outbox.claim(key, Duration.ofMinutes(1)).block()).isTrue();
        assertThat(outbox.claim(key, Duration.ofMinutes(1)).block()).isFalse();
        outbox.release(key).block();
        assertThat(outbox.claim(key, lease).block()).as("released").isTrue();
        assertThat(outbox.claim(key, lease).block()).isFalse();
        Thread.sleep(lease.toMillis() + 400);
        assertThat(outbox.claim(key, lease).block()).as("the lease ran out").isTrue();
    }

    @Test
    void concurrentClaimsOfOneEntryHaveOneWinner() {
        Outbox outbox = outbox();
        String key = OutboxEntry.due("KKK2", OutboxEntry.Kind.CREATE, NOW).key();

        List<Boolean> claims = Flux.range(0, 24)
                .flatMap(i -> outbox.claim(key, Duration.ofMinutes(1)).subscribeOn(Schedulers.parallel()), 24)
                .collectList()
                .block();

        assertThat(claims).hasSize(24).containsOnlyOnce(true);
    }

    @Test
    void queuesADeliveryOnceByItsKey() {
        Outbox outbox = outbox();
        OutboxEntry entry = OutboxEntry.due("AAAA", OutboxEntry.Kind.CREATE, NOW);

        assertThat(outbox.add(entry, LONG).block()).isTrue();
        assertThat(outbox.add(entry.failed("later", NOW.plusSeconds(60), NOW), LONG)
                        .block())
                .isFalse();

        assertThat(outbox.find(entry.key()).block()).isEqualTo(entry);
        assertThat(outbox.due(NOW, 10).collectList().block()).containsExactly(entry);
    }

    @Test
    void aCancelIsADeliveryOfItsOwn() {
        Outbox outbox = outbox();
        OutboxEntry create = OutboxEntry.due("BBBB", OutboxEntry.Kind.CREATE, NOW);
        OutboxEntry cancel = OutboxEntry.due("BBBB", OutboxEntry.Kind.CANCEL, NOW.plusSeconds(1));

        outbox.add(create, LONG).block();
        assertThat(outbox.add(cancel, LONG).block()).isTrue();

        assertThat(outbox.due(NOW.plusSeconds(1), 10).collectList().block()).containsExactly(create, cancel);
    }

    @Test
    void onlyWhatIsDueEarliestFirstAndAtMostTheLimit() {
        Outbox outbox = outbox();
        OutboxEntry later = OutboxEntry.due("CCC1", OutboxEntry.Kind.CREATE, NOW.plusSeconds(30));
        OutboxEntry first = OutboxEntry.due("CCC2", OutboxEntry.Kind.CREATE, NOW.minusSeconds(30));
        OutboxEntry second = OutboxEntry.due("CCC3", OutboxEntry.Kind.CREATE, NOW);
        outbox.add(later, LONG).block();
        outbox.add(second, LONG).block();
        outbox.add(first, LONG).block();

        assertThat(outbox.due(NOW, 10).collectList().block()).containsExactly(first, second);
        assertThat(outbox.due(NOW, 1).collectList().block()).containsExactly(first);
    }

    @Test
    void aFailedAttemptIsDueAgainLaterWithItsFailureRecorded() {
        Outbox outbox = outbox();
        OutboxEntry entry = OutboxEntry.due("DDDD", OutboxEntry.Kind.CREATE, NOW);
        outbox.add(entry, LONG).block();
        OutboxEntry failed = entry.failed("IllegalStateException: FHIR create answered 503", NOW.plusSeconds(60), NOW);

        outbox.save(failed, LONG).block();

        assertThat(outbox.due(NOW, 10).collectList().block()).isEmpty();
        assertThat(outbox.due(NOW.plusSeconds(60), 10).collectList().block()).containsExactly(failed);
        assertThat(outbox.find(entry.key()).block().attempts()).isEqualTo(1);
    }

    @Test
    void aParkedEntryIsKeptButNeverDue() {
        Outbox outbox = outbox();
        OutboxEntry entry = OutboxEntry.due("EEEE", OutboxEntry.Kind.CREATE, NOW);
        outbox.add(entry, LONG).block();

        outbox.save(entry.parked("DeliveryRejected: FHIR create answered 422", NOW), LONG)
                .block();

        assertThat(outbox.due(NOW.plus(LONG), 10).collectList().block()).isEmpty();
        assertThat(outbox.find(entry.key()).block().parked()).isTrue();
        assertThat(outbox.find(entry.key()).block().lastFailure()).contains("422");
    }

    @Test
    void aDeliveredEntryIsGone() {
        Outbox outbox = outbox();
        OutboxEntry entry = OutboxEntry.due("FFFF", OutboxEntry.Kind.CANCEL, NOW);
        outbox.add(entry, LONG).block();

        outbox.remove(entry.key()).block();

        assertThat(outbox.find(entry.key()).block()).isNull();
        assertThat(outbox.due(NOW, 10).collectList().block()).isEmpty();
        assertThat(outbox.add(entry, LONG).block()).isTrue();
    }

    @Test
    void forgetsAnEntryOnceItsRetentionRanOut() throws InterruptedException {
        Outbox outbox = outbox();
        OutboxEntry entry = OutboxEntry.due("GGGG", OutboxEntry.Kind.CREATE, NOW);
        outbox.add(entry, Duration.ofMillis(300)).block();

        Thread.sleep(600);

        assertThat(outbox.find(entry.key()).block()).isNull();
        assertThat(outbox.due(NOW, 10).collectList().block()).isEmpty();
    }

    @Test
    void listsParkedEntriesMostRecentlyParkedFirst() {
        Outbox outbox = outbox();
        OutboxEntry older = OutboxEntry.due("PPP1", OutboxEntry.Kind.CREATE, NOW);
        OutboxEntry newer = OutboxEntry.due("PPP2", OutboxEntry.Kind.CANCEL, NOW);
        OutboxEntry waiting = OutboxEntry.due("PPP3", OutboxEntry.Kind.CREATE, NOW);
        outbox.add(older, LONG).block();
        outbox.add(newer, LONG).block();
        outbox.add(waiting, LONG).block();

        outbox.save(older.parked("DeliveryRejected: FHIR create answered 422", NOW), LONG)
                .block();
        outbox.save(newer.parked("IllegalStateException: FHIR cancel answered 503", NOW.plusSeconds(5)), LONG)
                .block();
        outbox.save(waiting.failed("IllegalStateException: x", NOW.plusSeconds(60), NOW), LONG)
                .block();

        assertThat(outbox.parked(10).map(OutboxEntry::key).collectList().block())
                .containsExactly(newer.key(), older.key());
        assertThat(outbox.parked(1).collectList().block()).hasSize(1);
    }

    @Test
    void aRetriedEntryLeavesTheParkedListAndIsDue() {
        Outbox outbox = outbox();
        OutboxEntry entry = OutboxEntry.due("QQQQ", OutboxEntry.Kind.CREATE, NOW);
        outbox.add(entry, LONG).block();
        OutboxEntry parked = entry.parked("DeliveryRejected: FHIR create answered 422", NOW);
        outbox.save(parked, LONG).block();

        OutboxEntry retried = parked.retried(NOW.plusSeconds(10));
        outbox.save(retried, LONG).block();

        assertThat(outbox.parked(10).collectList().block()).isEmpty();
        assertThat(outbox.due(NOW.plusSeconds(10), 10).collectList().block()).containsExactly(retried);
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.lastFailureClass()).isEqualTo("DeliveryRejected");
    }

    @Test
    void aRemovedParkedEntryLeavesTheParkedList() {
        Outbox outbox = outbox();
        OutboxEntry entry = OutboxEntry.due("RRRR", OutboxEntry.Kind.CREATE, NOW);
        outbox.add(entry, LONG).block();
        outbox.save(entry.parked("DeliveryRejected: x", NOW), LONG).block();

        outbox.remove(entry.key()).block();

        assertThat(outbox.parked(10).collectList().block()).isEmpty();
    }
}
