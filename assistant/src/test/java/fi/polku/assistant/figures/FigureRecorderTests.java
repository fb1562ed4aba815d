package fi.polku.assistant.figures;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingStatus;
import fi.polku.assistant.booking.Channel;
import fi.polku.assistant.booking.Contact;
import fi.polku.assistant.figures.memory.InMemoryFigures;
import fi.polku.assistant.referral.MeetingOutcome.SegmentFit;
import fi.polku.assistant.referral.MeetingOutcomeRecorded;
import fi.polku.assistant.referral.MeetingOutcomeRecorded.Result;
import fi.polku.assistant.referral.ReferralStatus;
import fi.polku.assistant.referral.ReferralStatusChanged;
import fi.polku.assistant.screening.ScreeningCompleted;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each event adds to the counts, and on which day. */
class FigureRecorderTests {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private final FigureStore store = new InMemoryFigures(
            new FigureSettings(Duration.ofDays(400), 30, 366, false), Clock.fixed(NOW, ZoneOffset.UTC));
    private final FigureRecorder recorder = new FigureRecorder(store, Clock.fixed(NOW, ZoneOffset.UTC));

    private Map<String, Long> counts() {
        return store.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))
                .collect(Collectors.groupingBy(
                        tally -> tally.day() + " " + tally.source() + " " + tally.counter(),
                        Collectors.summingLong(Tally::count)))
                .block();
    }

    @Test
    void countsAScreeningInEveryDimensionOnItsFinnishDay() {
        // 23:30 UTC on the 28th is already the 29th in Finland
        recorder.on(new ScreeningCompleted(
                        Segment.URGENT_HELP, null, true, null, 29, Instant.parse("2026-11-28T23:30:00Z")))
                .block();
        recorder.on(new ScreeningCompleted(
                        Segment.WORK_ABILITY_TEAM, BookingTarget.WORK_ABILITY_TEAM, false, "mieli", 50, NOW))
                .block();

        assertThat(counts())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("2026-11-29 direct screenings", 1L),
                        Map.entry("2026-11-29 direct screenings.age.UNDER_30", 1L),
                        Map.entry("2026-11-29 direct screenings.segment.URGENT_HELP", 1L),
                        Map.entry("2026-11-29 direct screenings.target.NONE", 1L),
                        Map.entry("2026-11-29 direct screenings.crisis.TRUE", 1L),
                        Map.entry("2026-11-30 mieli screenings", 1L),
                        Map.entry("2026-11-30 mieli screenings.age.FROM_50", 1L),
                        Map.entry("2026-11-30 mieli screenings.segment.WORK_ABILITY_TEAM", 1L),
                        Map.entry("2026-11-30 mieli screenings.target.WORK_ABILITY_TEAM", 1L)));
    }

    @Test
    void countsACancellationOnItsDayButNotABookingWithdrawnOrMoved() {
        Booking cancelled = new Booking(
                        "b-1",
                        "00",
                        "s-1",
                        BookingTarget.WORK_ABILITY_TEAM,
                        "vaasa-team",
                        "vaasa",
                        Instant.parse("2026-12-01T07:00:00Z"),
                        Instant.parse("2026-12-01T08:00:00Z"),
                        Channel.PHONE,
                        new Contact("Maija", "+358401234567", null, "fi", null, null, null),
                        true,
                        null,
                        Language.FI,
                        null,
                        BookingStatus.CONFIRMED,
                        0,
                        Instant.parse("2026-11-29T09:00:00Z"),
                        null,
                        null)
                .cancelled(NOW);

        // a booking withdrawn after a failed create, or moved, comes as a plain change: nothing to count
        recorder.changed(cancelled).block();
        recorder.cancelled(cancelled).block();

        assertThat(counts()).containsExactly(Map.entry("2026-11-30 direct bookings.cancelled.WORK_ABILITY_TEAM", 1L));
    }

    @Test
    void countsAStatusOnlyTheFirstTimeAReferralReachesIt() {
        recorder.on(new ReferralStatusChanged(
                        BookingTarget.SERVICE_GUIDANCE, "mieli", ReferralStatus.CLOSED, true, NOW))
                .block();
        recorder.on(new ReferralStatusChanged(
                        BookingTarget.SERVICE_GUIDANCE, "mieli", ReferralStatus.CLOSED, false, NOW))
                .block();
        recorder.on(new ReferralStatusChanged(BookingTarget.SERVICE_GUIDANCE, "mieli", ReferralStatus.NEW, true, NOW))
                .block();

        assertThat(counts()).containsExactly(Map.entry("2026-11-30 mieli referrals.status.CLOSED", 1L));
    }

    @Test
    void movesACorrectedMeetingOutcomeInsteadOfCountingItTwice() {
        Instant earlier = Instant.parse("2026-11-25T10:00:00Z");
        recorder.on(new MeetingOutcomeRecorded(
                        BookingTarget.WORK_ABILITY_TEAM,
                        null,
                        new Result(true, SegmentFit.YES, earlier),
                        null,
                        earlier))
                .block();
        recorder.on(new MeetingOutcomeRecorded(
                        BookingTarget.WORK_ABILITY_TEAM,
                        null,
                        new Result(true, SegmentFit.PARTLY, NOW),
                        new Result(true, SegmentFit.YES, earlier),
                        NOW))
                .block();

        assertThat(counts())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "2026-11-30 direct referrals.meeting.ATTENDED", 1L,
                        "2026-11-30 direct referrals.fit.PARTLY", 1L));
    }
}
