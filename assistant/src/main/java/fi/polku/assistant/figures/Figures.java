package fi.polku.assistant.figures;

import fi.polku.assistant.figures.Counter.Measure;
import fi.polku.assistant.partners.Partners;
import fi.polku.assistant.referral.MeetingOutcome;
import fi.polku.assistant.referral.ReferralStatus;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The figures of a period, for all sources or one partner's own, with small cells suppressed ({@link SmallCells}).
 * Every dimension lists all its cells, 0 included, in a fixed order, so that a report always has the same shape.
 */
@Service
class Figures {

    private static final List<ReferralStatus> STATUSES =
            List.of(ReferralStatus.CONTACTED, ReferralStatus.IN_PROGRESS, ReferralStatus.CLOSED);

    private final FigureStore store;
    private final Partners partners;
    private final FigureSettings settings;

    Figures(FigureStore store, Partners partners, FigureSettings settings) {
        this.store = store;
        this.partners = partners;
        this.settings = settings;
    }

    /**
     * The report of the period.
     *
     * @param source null for every source, else only this source's figures (a partner code, {@code other} or
     *     {@code direct})
     */
    Mono<FigureReport> report(Period period, @Nullable String source) {
        return store.between(period.from(), period.to())
                .filter(tally -> source == null || tally.source().equals(source))
                .collect(Sums::new, Sums::add)
                .map(sums -> report(period, source, sums));
    }

    private FigureReport report(Period period, @Nullable String source, Sums sums) {
        List<String> sources = sources(source, sums);
        Map<String, Long> bySource = new LinkedHashMap<>();
        Map<String, Long> bookingsBySource = new LinkedHashMap<>();
        for (String each : sources) {
            bySource.put(each, sums.bySource(Measure.SCREENINGS, each));
            bookingsBySource.put(each, sums.bySource(Measure.BOOKINGS, each));
        }
        Map<String, Long> byAgeGroup = new LinkedHashMap<>();
        for (AgeGroup group : AgeGroup.values()) {
            byAgeGroup.put(group.key(), sums.cell(Measure.SCREENINGS, Counter.AGE, group.name()));
        }
        Map<String, Long> bySegment = new LinkedHashMap<>();
        for (Segment segment : Segment.values()) {
            bySegment.put(segment.name(), sums.cell(Measure.SCREENINGS, Counter.SEGMENT, segment.name()));
        }
        Map<String, Long> byTarget = new LinkedHashMap<>();
        Map<String, Long> bookingsByTarget = new LinkedHashMap<>();
        for (BookingTarget target : BookingTarget.values()) {
            byTarget.put(target.name(), sums.cell(Measure.SCREENINGS, Counter.TARGET, target.name()));
            bookingsByTarget.put(target.name(), sums.cell(Measure.BOOKINGS, Counter.TARGET, target.name()));
        }
        long cancelled = 0;
        for (BookingTarget target : BookingTarget.values()) {
            cancelled += sums.cell(Measure.BOOKINGS, Counter.CANCELLED, target.name());
        }
        byTarget.put(FigureRecorder.NO_TARGET, sums.cell(Measure.SCREENINGS, Counter.TARGET, FigureRecorder.NO_TARGET));
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (ReferralStatus status : STATUSES) {
            byOutcome.put(status.name(), sums.cell(Measure.REFERRALS, Counter.STATUS, status.name()));
        }
        byOutcome.put("ATTENDED", sums.cell(Measure.REFERRALS, Counter.MEETING, "ATTENDED"));
        byOutcome.put("NO_SHOW", sums.cell(Measure.REFERRALS, Counter.MEETING, "NO_SHOW"));
        for (MeetingOutcome.SegmentFit fit : MeetingOutcome.SegmentFit.values()) {
            byOutcome.put("SEGMENT_FIT_" + fit.name(), sums.cell(Measure.REFERRALS, Counter.FIT, fit.name()));
        }
        return new FigureReport(
                period.from().toString(),
                period.to().toString(),
                source,
                SmallCells.count(sums.total(Measure.SCREENINGS)),
                dimension(bySource),
                dimension(byAgeGroup),
                dimension(bySegment),
                dimension(byTarget),
                new FigureReport.Bookings(
                        SmallCells.count(sums.total(Measure.BOOKINGS)),
                        dimension(bookingsBySource),
                        dimension(bookingsByTarget),
                        SmallCells.count(cancelled)),
                // statuses and meeting outcomes add up to no total shown anywhere: each is suppressed on its own
                SmallCells.each(byOutcome));
    }

    /** A dimension's cells: each on its own, or with complements hidden too when the setting asks for it. */
    private Map<String, Object> dimension(Map<String, Long> cells) {
        return settings.complementarySuppression() ? SmallCells.dimension(cells) : SmallCells.each(cells);
    }

    /** The known partners, then {@code other} and {@code direct}, then any other source counted (a removed partner). */
    private List<String> sources(@Nullable String source, Sums sums) {
        if (source != null) {
            return List.of(source);
        }
        List<String> sources = new ArrayList<>(partners.codes());
        sources.add(Partners.OTHER);
        sources.add(FigureStore.DIRECT);
        sums.sources().stream().sorted().filter(each -> !sources.contains(each)).forEach(sources::add);
        return sources;
    }

    /** The period's counts added up per counter, and the totals per source. */
    private static final class Sums {

        private final Map<String, Long> counters = new HashMap<>();
        private final Map<String, Long> sourceTotals = new HashMap<>();

        void add(Tally tally) {
            Counter counter = Counter.parse(tally.counter());
            if (counter == null) {
                return;
            }
            counters.merge(tally.counter(), tally.count(), Long::sum);
            if (counter.dimension() == null) {
                sourceTotals.merge(tally.source() + "|" + tally.counter(), tally.count(), Long::sum);
            }
        }

        long total(Measure measure) {
            return positive(counters.get(Counter.total(measure).name()));
        }

        long cell(Measure measure, String dimension, String cell) {
            return positive(counters.get(Counter.cell(measure, dimension, cell).name()));
        }

        long bySource(Measure measure, String source) {
            return positive(
                    sourceTotals.get(source + "|" + Counter.total(measure).name()));
        }

        List<String> sources() {
            return sourceTotals.keySet().stream()
                    .map(key -> key.substring(0, key.lastIndexOf('|')))
                    .distinct()
                    .toList();
        }

        /** A count taken back below zero (a correction of a day already forgotten) counts as none. */
        private static long positive(@Nullable Long count) {
            return Math.max(0, Objects.requireNonNullElse(count, 0L));
        }
    }
}
