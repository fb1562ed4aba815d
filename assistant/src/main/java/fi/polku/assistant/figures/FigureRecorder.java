package fi.polku.assistant.figures;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingHandoff;
import fi.polku.assistant.figures.Counter.Measure;
import fi.polku.assistant.referral.MeetingOutcomeRecorded;
import fi.polku.assistant.referral.ReferralListener;
import fi.polku.assistant.referral.ReferralStatus;
import fi.polku.assistant.referral.ReferralStatusChanged;
import fi.polku.assistant.screening.Screening;
import fi.polku.assistant.screening.ScreeningCompleted;
import fi.polku.assistant.screening.ScreeningListener;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts what happens, on the day it happens: a completed screening (by source, age group, segment, booking target,
 * crisis), a booking made (by source and target), a referral reaching a status for the first time and a meeting
 * outcome (a replaced outcome is taken back on its own day). Only these counts leave here, never an id or a text.
 */
@Component
@EnableConfigurationProperties(FigureSettings.class)
class FigureRecorder implements ScreeningListener, BookingHandoff, ReferralListener {

    /** The booking target cell of a screening that leads to no booking. */
    static final String NO_TARGET = "NONE";

    private final FigureStore store;
    private final Clock clock;

    FigureRecorder(FigureStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Mono<Void> on(ScreeningCompleted event) {
        Map<String, Long> counts = new LinkedHashMap<>();
        count(counts, Counter.total(Measure.SCREENINGS), 1);
        count(
                counts,
                Counter.cell(
                        Measure.SCREENINGS,
                        Counter.AGE,
                        AgeGroup.of(event.age()).name()),
                1);
        count(
                counts,
                Counter.cell(
                        Measure.SCREENINGS, Counter.SEGMENT, event.segment().name()),
                1);
        String target = event.bookingTarget() == null
                ? NO_TARGET
                : event.bookingTarget().name();
        count(counts, Counter.cell(Measure.SCREENINGS, Counter.TARGET, target), 1);
        if (event.crisis()) {
            count(counts, Counter.cell(Measure.SCREENINGS, Counter.CRISIS, "TRUE"), 1);
        }
        return store.add(day(event.at()), source(event.source()), counts);
    }

    @Override
    public Mono<Void> confirmed(Booking booking, Screening screening) {
        Map<String, Long> counts = new LinkedHashMap<>();
        count(counts, Counter.total(Measure.BOOKINGS), 1);
        count(
                counts,
                Counter.cell(Measure.BOOKINGS, Counter.TARGET, booking.target().name()),
                1);
        return store.add(day(clock.instant()), source(booking.source()), counts);
    }

    @Override
    public Mono<Void> changed(Booking booking) {
        // bookings made are counted; a move does not change that, nor does a booking withdrawn before it was confirmed
        return Mono.empty();
    }

    @Override
    public Mono<Void> cancelled(Booking booking) {
        // a cancellation is counted on its own day; the booking stays counted as made on its day
        Map<String, Long> counts = new LinkedHashMap<>();
        count(
                counts,
                Counter.cell(
                        Measure.BOOKINGS, Counter.CANCELLED, booking.target().name()),
                1);
        return store.add(day(clock.instant()), source(booking.source()), counts);
    }

    @Override
    public Mono<Void> on(ReferralStatusChanged event) {
        if (!event.firstTime() || event.status() == ReferralStatus.NEW) {
            return Mono.empty();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        count(
                counts,
                Counter.cell(Measure.REFERRALS, Counter.STATUS, event.status().name()),
                1);
        return store.add(day(event.at()), source(event.source()), counts);
    }

    @Override
    public Mono<Void> on(MeetingOutcomeRecorded event) {
        String source = source(event.source());
        MeetingOutcomeRecorded.Result replaced = event.replaced();
        Mono<Void> takenBack =
                replaced == null ? Mono.empty() : store.add(day(replaced.at()), source, outcome(replaced, -1));
        return takenBack.then(store.add(day(event.at()), source, outcome(event.result(), 1)));
    }

    private static Map<String, Long> outcome(MeetingOutcomeRecorded.Result result, long amount) {
        Map<String, Long> counts = new LinkedHashMap<>();
        count(
                counts,
                Counter.cell(Measure.REFERRALS, Counter.MEETING, result.attended() ? "ATTENDED" : "NO_SHOW"),
                amount);
        if (result.segmentFit() != null) {
            count(
                    counts,
                    Counter.cell(
                            Measure.REFERRALS, Counter.FIT, result.segmentFit().name()),
                    amount);
        }
        return counts;
    }

    private static void count(Map<String, Long> counts, Counter counter, long amount) {
        counts.put(counter.name(), amount);
    }

    private static String source(@Nullable String source) {
        return source == null ? FigureStore.DIRECT : source;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(FigureStore.ZONE).toLocalDate();
    }
}
