package fi.polku.assistant.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** The behaviour every figure store keeps; each adapter's test class extends this suite. */
public abstract class FigureStoreContractTests {

    /** A retention short enough for a test to wait for, beyond the end of a day in the past. */
    protected static final Duration SHORT = Duration.ofMillis(700);

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    /** A store that keeps a day's counts this long after the day ends. */
    protected abstract FigureStore store(Duration retention);

    /** The store's now: its clock for memory, the real time for Redis. */
    protected abstract Instant now();

    /** Lets the time pass for the store: a clock for memory, a real wait for Redis. */
    protected abstract void letTimePass(Duration time) throws InterruptedException;

    private FigureStore store() {
        // DAY is in the past, so keep it long enough for any test run
        return store(Duration.between(DAY.atStartOfDay(FigureStore.ZONE).toInstant(), now())
                .plusDays(400));
    }

    private static Map<String, Long> counts(FigureStore store, LocalDate from, LocalDate to, String source) {
        return store.between(from, to)
                .filter(tally -> tally.source().equals(source))
                .collect(Collectors.groupingBy(
                        tally -> tally.day() + " " + tally.counter(), Collectors.summingLong(Tally::count)))
                .block();
    }

    @Test
    void addsUpWhatWasCounted() {
        FigureStore store = store();
        store.add(DAY, "mieli", Map.of("screenings", 1L, "screenings.segment.URGENT_HELP", 1L))
                .block();
        store.add(DAY, "mieli", Map.of("screenings", 1L)).block();

        assertThat(counts(store, DAY, DAY, "mieli"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("2026-11-20 screenings", 2L, "2026-11-20 screenings.segment.URGENT_HELP", 1L));
    }

    @Test
    void keepsSourcesAndDaysApart() {
        FigureStore store = store();
        store.add(DAY, "mieli", Map.of("bookings", 1L)).block();
        store.add(DAY, FigureStore.DIRECT, Map.of("bookings", 3L)).block();
        store.add(DAY.plusDays(1), "mieli", Map.of("bookings", 5L)).block();

        List<Tally> all = store.between(DAY, DAY.plusDays(1)).collectList().block();

        assertThat(all)
                .containsExactlyInAnyOrder(
                        new Tally(DAY, "mieli", "bookings", 1),
                        new Tally(DAY, "direct", "bookings", 3),
                        new Tally(DAY.plusDays(1), "mieli", "bookings", 5));
    }

    @Test
    void coversBothEndsOfThePeriodAndNothingOutside() {
        FigureStore store = store();
        for (int day = -1; day <= 2; day++) {
            store.add(DAY.plusDays(day), "other", Map.of("screenings", 1L)).block();
        }

        assertThat(store.between(DAY, DAY.plusDays(1))
                        .map(Tally::day)
                        .collectList()
                        .block())
                .containsExactlyInAnyOrder(DAY, DAY.plusDays(1));
        assertThat(store.between(DAY.plusDays(5), DAY.plusDays(9)).collectList().block())
                .isEmpty();
    }

    @Test
    void takesBackACountWithANegativeAmount() {
        FigureStore store = store();
        store.add(DAY, "mieli", Map.of("referrals.meeting.ATTENDED", 1L, "referrals.fit.YES", 1L))
                .block();
        store.add(DAY, "mieli", Map.of("referrals.meeting.ATTENDED", -1L, "referrals.fit.YES", -1L))
                .block();
        store.add(DAY, "mieli", Map.of("referrals.meeting.NO_SHOW", 1L)).block();

        assertThat(counts(store, DAY, DAY, "mieli"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("2026-11-20 referrals.meeting.NO_SHOW", 1L));
    }

    @Test
    void countsEveryOneOfManyConcurrentAdds() {
        FigureStore store = store();

        Flux.fromStream(IntStream.range(0, 200).boxed())
                .flatMap(i -> store.add(DAY, "mieli", Map.of("screenings", 1L, "screenings.age.UNKNOWN", 1L)), 32)
                .blockLast();

        assertThat(counts(store, DAY, DAY, "mieli"))
                .containsEntry("2026-11-20 screenings", 200L)
                .containsEntry("2026-11-20 screenings.age.UNKNOWN", 200L);
    }

    @Test
    void forgetsADayOnceItsRetentionHasPassed() throws InterruptedException {
        LocalDate day = now().atZone(FigureStore.ZONE).toLocalDate().minusDays(10);
        Duration retention = Duration.between(
                        day.plusDays(1).atStartOfDay(FigureStore.ZONE).toInstant(), now())
                .plus(SHORT);
        FigureStore store = store(retention);
        store.add(day, "mieli", Map.of("screenings", 4L)).block();
        assertThat(store.between(day, day).collectList().block()).hasSize(1);

        letTimePass(SHORT.plusMillis(400));

        assertThat(store.between(day, day).collectList().block()).isEmpty();
        // a late correction to a forgotten day is not kept either
        store.add(day, "mieli", Map.of("screenings", -1L)).block();
        assertThat(store.between(day, day).collectList().block()).isEmpty();
    }

    @Test
    void keepsNoCountForADayAlreadyPastItsRetention() {
        LocalDate day = now().atZone(FigureStore.ZONE).toLocalDate().minusDays(500);
        FigureStore store = store(Duration.ofDays(400));

        store.add(day, "mieli", Map.of("screenings", 1L)).block();

        assertThat(store.between(day, day).collectList().block()).isEmpty();
    }
}
