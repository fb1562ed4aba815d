package fi.polku.assistant.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finnish public holidays and the eves offices close on (Midsummer Eve, Christmas Eve), computed for any year: fixed
 * dates, the Easter-based ones from the Gregorian Easter date, and the Saturdays of Midsummer and All Saints' Day.
 * Sundays are not listed; no calendar here opens on a Sunday.
 */
public final class FinnishHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), // uudenvuodenpäivä
            MonthDay.of(1, 6), // loppiainen
            MonthDay.of(5, 1), // vappu
            MonthDay.of(12, 6), // itsenäisyyspäivä
            MonthDay.of(12, 24), // jouluaatto
            MonthDay.of(12, 25), // joulupäivä
            MonthDay.of(12, 26)); // tapaninpäivä

    private FinnishHolidays() {}

    /** True when offices are closed for a public holiday or an eve that Finland keeps as one. */
    public static boolean isHoliday(LocalDate date) {
        return FIXED.contains(MonthDay.from(date)) || movable(date.getYear()).contains(date);
    }

    /** Every holiday of the year, sorted, for documentation and tests. */
    public static Set<LocalDate> of(int year) {
        Set<LocalDate> all = new TreeSet<>(movable(year));
        FIXED.forEach(day -> all.add(day.atYear(year)));
        return all;
    }

    private static Set<LocalDate> movable(int year) {
        LocalDate easter = easterSunday(year);
        // Midsummer Day is the Saturday of 20-26 June, All Saints' Day the Saturday of 31 October - 6 November
        LocalDate midsummerDay = LocalDate.of(year, 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate allSaints = LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return Set.of(
                easter.minusDays(2), // pitkäperjantai
                easter, // pääsiäispäivä
                easter.plusDays(1), // 2. pääsiäispäivä
                easter.plusDays(39), // helatorstai
                easter.plusDays(49), // helluntaipäivä
                midsummerDay.minusDays(1), // juhannusaatto
                midsummerDay,
                allSaints);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
