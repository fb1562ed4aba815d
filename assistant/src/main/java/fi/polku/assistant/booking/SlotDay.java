package fi.polku.assistant.booking;

import fi.polku.segmentation.Language;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One day of the booking page's free times: the page shows a group (fieldset and heading) per day, so that a
 * screen-reader user moves by day with the heading or group keys and hears the day once, not in every time's name.
 *
 * @param heading the date written out in the page's language, e.g. "tiistai 24. marraskuuta 2026"
 * @param times the day's times in order, each with its index among all the page's times (the radio's id)
 */
record SlotDay(String heading, List<Time> times) {

    /**
     * A free time as one radio of the page's single slot group.
     *
     * @param index the place among all the page's times, for the id {@code slot-<index>}
     * @param time the wall-clock start in Helsinki in the page's language, e.g. "9.00"
     */
    record Time(int index, SlotView slot, String time) {}

    /** Groups the slots (in time order) by their Helsinki date. */
    static List<SlotDay> of(List<SlotView> slots, Language language) {
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale());
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale());
        Map<LocalDate, List<Time>> byDay = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            SlotView slot = slots.get(i);
            ZonedDateTime start = OffsetDateTime.parse(slot.start()).atZoneSameInstant(Slot.ZONE);
            byDay.computeIfAbsent(start.toLocalDate(), ignored -> new ArrayList<>())
                    .add(new Time(i, slot, time.format(start)));
        }
        return byDay.entrySet().stream()
                .map(entry -> new SlotDay(day.format(entry.getKey()), List.copyOf(entry.getValue())))
                .toList();
    }
}
