package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.yaml.YamlProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled calendars, their slots in Finnish time, and the checks on a calendars file. */
class CalendarsTests {

    private final Calendars calendars = CalendarsLoader.load(null);
    private static final ZonedDateTime LONG_AGO = ZonedDateTime.parse("2020-01-01T00:00:00+02:00");

    @Test
    void servesEachMunicipalityByItsOwnCalendarOrTheNationalOne() {
        assertThat(calendars
                        .serving(BookingTarget.WORK_ABILITY_TEAM, "vaasa")
                        .orElseThrow()
                        .id())
                .isEqualTo("vaasa-team");
        assertThat(calendars
                        .serving(BookingTarget.SERVICE_GUIDANCE, "mustasaari")
                        .orElseThrow()
                        .id())
                .isEqualTo("vaasa-sg");
        assertThat(calendars
                        .serving(BookingTarget.SERVICE_GUIDANCE, "kemijarvi")
                        .orElseThrow()
                        .id())
                .isEqualTo("lappi-sg");
        assertThat(calendars
                        .serving(BookingTarget.SERVICE_GUIDANCE, "tampere")
                        .orElseThrow()
                        .id())
                .isEqualTo("national-sg");
        assertThat(calendars
                        .serving(BookingTarget.WORK_ABILITY_TEAM, "")
                        .orElseThrow()
                        .id())
                .isEqualTo("national-team");
    }

    @Test
    void offersSlotsWithTheirOffsetInFinnishTimeAcrossDaylightSaving() {
        BookingCalendar oulu = calendars.find("oulu-sg").orElseThrow();
        // Tuesday 24 November 2026 (winter time) and Tuesday 30 March 2027 (summer time)
        List<Slot> winter = Calendars.slots(oulu, LocalDate.of(2026, 11, 24), 1, LONG_AGO);
        List<Slot> summer = Calendars.slots(oulu, LocalDate.of(2027, 3, 30), 1, LONG_AGO);

        assertThat(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        winter.getFirst().start()))
                .isEqualTo("2026-11-24T09:00:00+02:00");
        assertThat(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        summer.getFirst().start()))
                .isEqualTo("2027-03-30T09:00:00+03:00");
        assertThat(winter.getFirst().key()).isEqualTo("oulu-sg_20261124T0900_phone");
        // 09:00-11:15 gives three 45-minute slots, 12:00-15:00 four; phone, video and (on Tuesdays) visit
        assertThat(winter).hasSize(7 * 3);
        assertThat(winter.stream().map(slot -> slot.start().toLocalTime()).distinct())
                .containsExactly(
                        LocalTime.of(9, 0),
                        LocalTime.of(9, 45),
                        LocalTime.of(10, 30),
                        LocalTime.of(12, 0),
                        LocalTime.of(12, 45),
                        LocalTime.of(13, 30),
                        LocalTime.of(14, 15));
    }

    @Test
    void offersNothingOnHolidaysClosuresAndWeekends() {
        BookingCalendar oulu = calendars.find("oulu-sg").orElseThrow();

        assertThat(Calendars.slots(oulu, LocalDate.of(2026, 12, 24), 3, LONG_AGO))
                .isEmpty(); // Christmas
        assertThat(Calendars.slots(oulu, LocalDate.of(2027, 5, 6), 1, LONG_AGO)).isEmpty(); // Ascension Day
        assertThat(Calendars.slots(oulu, LocalDate.of(2027, 7, 12), 5, LONG_AGO))
                .isEmpty(); // summer break
        assertThat(Calendars.slots(oulu, LocalDate.of(2026, 11, 28), 2, LONG_AGO))
                .isEmpty(); // weekend
        assertThat(Calendars.slots(oulu, LocalDate.of(2026, 11, 25), 1, LONG_AGO))
                .extracting(Slot::channel)
                .doesNotContain(Channel.VISIT); // visits on Tuesdays and Thursdays only
    }

    @Test
    void leavesOutSlotsBeforeTheEarliestStart() {
        BookingCalendar oulu = calendars.find("oulu-sg").orElseThrow();

        List<Slot> slots =
                Calendars.slots(oulu, LocalDate.of(2026, 11, 24), 1, ZonedDateTime.parse("2026-11-24T12:00:00+02:00"));

        assertThat(slots.getFirst().start().toLocalTime()).isEqualTo(LocalTime.of(12, 0));
    }

    @Test
    void resolvesOnlySlotIdsTheCalendarOffers() {
        assertThat(Slot.parse("oulu-sg_20261124T0900_visit").flatMap(calendars::resolve))
                .isPresent();
        assertThat(Slot.parse("oulu-sg_20261125T0900_visit").flatMap(calendars::resolve))
                .isEmpty(); // no visits on Wednesdays
        assertThat(Slot.parse("oulu-sg_20261124T0910_phone").flatMap(calendars::resolve))
                .isEmpty(); // off the grid
        assertThat(Slot.parse("nowhere_20261124T0900_phone").flatMap(calendars::resolve))
                .isEmpty();
        assertThat(Slot.parse("oulu-sg_20261324T0900_phone")).isEmpty();
        assertThat(Slot.parse("oulu-sg_20261124T0900_fax")).isEmpty();
        assertThat(Slot.parse("../../etc")).isEmpty();
    }

    @Test
    void refusesAFileWithMistakesNamingTheCalendarAndKey() {
        String missingPlace = """
                calendars:
                  - {id: x, target: SERVICE_GUIDANCE, municipality: oulu, serves: [oulu], slot-minutes: 30,
                     capacity: 1, hours: {monday: ["09:00-10:00"]}, channels: [{type: visit}]}
                """;
        assertThatThrownBy(() -> CalendarsLoader.parse("calendars.yml", missingPlace))
                .hasMessageContaining("calendar x")
                .hasMessageContaining("place");
        String badHours =
                missingPlace.replace("[{type: visit}]", "[{type: phone}]").replace("09:00-10:00", "10-9");
        assertThatThrownBy(() -> CalendarsLoader.parse("calendars.yml", badHours))
                .hasMessageContaining("hours.monday");
        String badTarget = missingPlace.replace("SERVICE_GUIDANCE", "DENTIST");
        assertThatThrownBy(() -> CalendarsLoader.parse("calendars.yml", badTarget))
                .hasMessageContaining("target");
    }

    @Test
    void refusesUnknownAndDuplicateKeysAndWrongTypesNamingFileLineAndKey() {
        String unknownKey = """
                calendars:
                  - id: x
                    target: SERVICE_GUIDANCE
                    municipality: oulu
                    serves: [oulu]
                    slot-minutes: 30
                    capacity: 1
                    hours: {monday: ["09:00-10:00"]}
                    channels: [{type: phone}]
                    slot-minuttes: 45
                """;
        assertThatThrownBy(() -> CalendarsLoader.parse("booking/calendars.yml", unknownKey))
                .isInstanceOf(YamlProblem.class)
                .hasMessageContaining("booking/calendars.yml line 10")
                .hasMessageContaining("calendar x")
                .hasMessageContaining("slot-minuttes");
        String duplicate = unknownKey.replace("slot-minuttes: 45", "capacity: 2");
        assertThatThrownBy(() -> CalendarsLoader.parse("booking/calendars.yml", duplicate))
                .isInstanceOf(YamlProblem.class)
                .hasMessageContaining("line 10")
                .hasMessageContaining("duplicate key 'capacity'");
        String wrongType = unknownKey.replace("    slot-minuttes: 45\n", "").replace("capacity: 1", "capacity: two");
        assertThatThrownBy(() -> CalendarsLoader.parse("booking/calendars.yml", wrongType))
                .isInstanceOf(YamlProblem.class)
                .hasMessageContaining("line 7")
                .hasMessageContaining("capacity")
                .hasMessageContaining("whole number");
        String yaml11Date = unknownKey.replace(
                "    slot-minuttes: 45\n", "    closures: [{from: 2027-07-05, to: 2027-07-01, reason: x}]\n");
        assertThatThrownBy(() -> CalendarsLoader.parse("booking/calendars.yml", yaml11Date))
                .isInstanceOf(YamlProblem.class)
                .hasMessageContaining("closures[0].to'")
                .hasMessageContaining("is before from");
    }
}
