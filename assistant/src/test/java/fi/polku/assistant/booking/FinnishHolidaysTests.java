package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The computed holidays against the published Finnish calendars (almanakka) of several years. */
class FinnishHolidaysTests {

    @ParameterizedTest
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void computesEasterSunday(int year, LocalDate easter) {
        assertThat(FinnishHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void listsTheHolidaysOf2026() {
        assertThat(FinnishHolidays.of(2026))
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 6),
                        LocalDate.of(2026, 4, 3), // Good Friday
                        LocalDate.of(2026, 4, 5),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 14), // Ascension Day
                        LocalDate.of(2026, 5, 24), // Whitsun
                        LocalDate.of(2026, 6, 19), // Midsummer Eve
                        LocalDate.of(2026, 6, 20),
                        LocalDate.of(2026, 10, 31), // All Saints' Day
                        LocalDate.of(2026, 12, 6),
                        LocalDate.of(2026, 12, 24),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26));
    }

    @Test
    void placesMidsummerAndAllSaintsOnTheirSaturdays() {
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2027, Month.JUNE, 25)))
                .isTrue(); // Midsummer Eve
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2027, Month.JUNE, 26)))
                .isTrue();
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2027, Month.NOVEMBER, 6)))
                .isTrue(); // All Saints' Day
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2025, Month.NOVEMBER, 1)))
                .isTrue();
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2027, Month.MAY, 6))).isTrue(); // Ascension Day
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2027, Month.MARCH, 26)))
                .isTrue(); // Good Friday
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2026, Month.NOVEMBER, 24)))
                .isFalse();
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2026, Month.JUNE, 26)))
                .isFalse();
    }
}
