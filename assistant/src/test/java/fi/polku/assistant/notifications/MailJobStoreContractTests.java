package fi.polku.assistant.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** What every mail job store must do; the in-memory and the Redis adapter both run it. */
public abstract class MailJobStoreContractTests {

    protected static final Duration LONG = Duration.ofDays(1);
    protected static final Duration SHORT = Duration.ofMillis(400);
    private static final Duration LEASE = Duration.ofMinutes(5);

    /** Each test's bookings, so jobs other tests left in a shared server are not counted. */
    private final String prefix = UUID.randomUUID().toString().substring(0, 8);

    protected abstract MailJobStore store();

    protected abstract Instant now();

    protected abstract void letTimePass(Duration time) throws InterruptedException;

    protected MailJob job(String booking, MailKind kind, Instant due) {
        return MailJob.of(prefix + booking, kind, due);
    }

    private List<MailJob> claim(MailJobStore store, Instant at) {
        return store.claimDue(at, LEASE, 1000)
                .filter(job -> job.bookingId().startsWith(prefix))
                .collectList()
                .block();
    }

    @Test
    void findsASavedJob() {
        MailJobStore store = store();
        MailJob job = job("a", MailKind.CONFIRMATION, now());
        store.save(job, LONG).block();

        assertThat(store.find(job.id()).block()).isEqualTo(job);
        assertThat(store.find("unknown").blockOptional()).isEmpty();
    }

    @Test
    void claimsOnlyJobsDueByNow() {
        MailJobStore store = store();
        MailJob now = job("a", MailKind.CONFIRMATION, now());
        MailJob tomorrow = job("a", MailKind.REMINDER, now().plus(Duration.ofDays(1)));
        store.save(now, LONG).block();
        store.save(tomorrow, LONG).block();

        assertThat(claim(store, now())).containsExactly(now);
    }

    @Test
    void handsAClaimedJobToOneCallerUntilTheLeaseEnds() {
        MailJobStore store = store();
        MailJob job = job("a", MailKind.CONFIRMATION, now());
        store.save(job, LONG).block();

        assertThat(claim(store, now())).containsExactly(job);
        assertThat(claim(store, now())).isEmpty();
        assertThat(claim(store, now().plus(LEASE).plusSeconds(1))).containsExactly(job);
    }

    @Test
    void givesEachJobToOneOfManyConcurrentClaims() {
        MailJobStore store = store();
        IntStream.range(0, 5)
                .forEach(i -> store.save(job("c" + i, MailKind.CONFIRMATION, now()), LONG)
                        .block());
        Instant at = now();

        List<MailJob> claimed = Flux.range(0, 8)
                .parallel(8)
                .runOn(Schedulers.parallel())
                .flatMap(i -> store.claimDue(at, LEASE, 1000))
                .sequential()
                .filter(job -> job.bookingId().startsWith(prefix))
                .collectList()
                .block();

        assertThat(claimed).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void neverClaimsASentJobButKeepsItsRecord() {
        MailJobStore store = store();
        MailJob job = job("a", MailKind.CONFIRMATION, now());
        store.save(job, LONG).block();
        claim(store, now());
        MailJob sent = job.sent(now());
        store.save(sent, LONG).block();

        assertThat(claim(store, now().plus(Duration.ofDays(2)))).isEmpty();
        assertThat(store.find(job.id()).block()).isEqualTo(sent);
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    void makesAFailedJobDueAgainAtItsRetry() {
        MailJobStore store = store();
        MailJob job = job("a", MailKind.REMINDER, now());
        store.save(job, LONG).block();
        claim(store, now());
        Instant retry = now().plus(Duration.ofMinutes(1));
        store.save(job.failed("jakarta.mail.MessagingException", retry), LONG).block();

        assertThat(claim(store, now())).isEmpty();
        assertThat(claim(store, retry)).singleElement().satisfies(again -> {
            assertThat(again.attempts()).isEqualTo(1);
            assertThat(again.lastFailure()).isEqualTo("jakarta.mail.MessagingException");
        });
    }

    @Test
    void neverClaimsAGivenUpJob() {
        MailJobStore store = store();
        MailJob job = job("a", MailKind.CONFIRMATION, now());
        store.save(job.failed("x", null), LONG).block();

        assertThat(claim(store, now().plus(Duration.ofDays(1)))).isEmpty();
        assertThat(store.find(job.id()).block().attempts()).isEqualTo(1);
    }

    @Test
    void dropsADeletedJob() {
        MailJobStore store = store();
        MailJob job = job("a", MailKind.REMINDER, now());
        store.save(job, LONG).block();

        assertThat(store.delete(job.id()).block()).isTrue();
        assertThat(store.delete(job.id()).block()).isFalse();
        assertThat(store.find(job.id()).blockOptional()).isEmpty();
        assertThat(claim(store, now().plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void forgetsAJobWhenItsTimeRunsOut() throws InterruptedException {
        MailJobStore store = store();
        MailJob job = job("a", MailKind.REMINDER, now());
        store.save(job, SHORT).block();

        letTimePass(SHORT.plusMillis(300));

        assertThat(store.find(job.id()).blockOptional()).isEmpty();
        assertThat(claim(store, now())).isEmpty();
    }
}
