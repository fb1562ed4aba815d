package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The booking page's days: grouped by the Helsinki date, the day written once, indices running over all days. */
class SlotDayTests {

    @Test
    void groupsByTheHelsinkiDateAndKeepsOneIndexAcrossDays() {
        List<SlotDay> days = SlotDay.of(
                List.of(
                        slot("2026-11-24T09:00:00+02:00"),
                        slot("2026-11-24T09:30:00+02:00"),
                        // 23:30 UTC on the 24th is already the 25th in Helsinki
                        slot("2026-11-24T23:30:00Z"),
                        slot("2026-11-25T10:00:00+02:00")),
                Language.FI);

        assertThat(days)
                .extracting(SlotDay::heading)
                .containsExactly("tiistai 24. marraskuuta 2026", "keskiviikko 25. marraskuuta 2026");
        assertThat(days.get(0).times()).extracting(SlotDay.Time::index).containsExactly(0, 1);
        assertThat(days.get(0).times()).extracting(SlotDay.Time::time).containsExactly("9.00", "9.30");
        assertThat(days.get(1).times()).extracting(SlotDay.Time::index).containsExactly(2, 3);
        assertThat(days.get(1).times()).extracting(SlotDay.Time::time).containsExactly("1.30", "10.00");
    }

    @Test
    void writesTheDayInThePagesLanguage() {
        List<SlotDay> days = SlotDay.of(List.of(slot("2026-11-24T09:00:00+02:00")), Language.SV);

        assertThat(days.getFirst().heading()).isEqualTo("tisdag 24 november 2026");
    }

    private static SlotView slot(String start) {
        return new SlotView("x_" + start, start, start, "phone", true, "Tiimi", null, null);
    }
}
