package fi.polku.assistant.booking;

import fi.polku.segmentation.BookingTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loaded calendars: which one serves a municipality for a target, and the slots each one offers. */
public final class Calendars {

    private final Map<String, BookingCalendar> byId;

    public Calendars(List<BookingCalendar> calendars) {
        this.byId = calendars.stream().collect(Collectors.toUnmodifiableMap(BookingCalendar::id, Function.identity()));
    }

    public List<BookingCalendar> all() {
        return List.copyOf(byId.values());
    }

    public Optional<BookingCalendar> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The calendar for residents of the municipality: its own, else the one serving {@code *}; a null municipality
     * gets the latter.
     */
    public Optional<BookingCalendar> serving(BookingTarget target, String municipality) {
        List<BookingCalendar> forTarget = byId.values().stream()
                .filter(calendar -> calendar.target() == target)
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        return forTarget.stream()
                .filter(calendar -> calendar.serves().contains(municipality))
                .findFirst()
                .or(() -> forTarget.stream()
                        .filter(calendar -> calendar.serves().contains(BookingCalendar.ANY_MUNICIPALITY))
                        .findFirst());
    }

    /** The slots of the calendar from the date on for so many days, none starting before {@code earliest}. */
    public static List<Slot> slots(BookingCalendar calendar, LocalDate from, int days, ZonedDateTime earliest) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate date = from; date.isBefore(from.plusDays(days)); date = date.plusDays(1)) {
            List<ChannelOffer> channels = calendar.channelsOn(date);
            for (LocalTime time : calendar.startsOn(date)) {
                ZonedDateTime start = date.atTime(time).atZone(Slot.ZONE);
                if (start.isBefore(earliest)) {
                    continue;
                }
                ZonedDateTime end = start.plus(calendar.slotLength());
                channels.forEach(offer -> slots.add(new Slot(calendar.id(), start, end, offer.type())));
            }
        }
        return slots;
    }

    /**
     * The slot a parsed key names, when its calendar really offers it: an open day, a start on the calendar's grid and
     * a channel offered that day. An external slot only needs its calendar and a channel the calendar has: the
     * external system decides its times.
     */
    public Optional<Slot> resolve(Slot.Ref ref) {
        return find(ref.calendarId()).flatMap(calendar -> {
            LocalDate date = ref.start().toLocalDate();
            ZonedDateTime start = ref.start().atZone(Slot.ZONE);
            if (ref.externalId() != null && ref.end() != null) {
                boolean channelKnown = calendar.channels().stream().anyMatch(offer -> offer.type() == ref.channel());
                return channelKnown
                        ? Optional.of(new Slot(
                                calendar.id(), start, ref.end().atZone(Slot.ZONE), ref.channel(), ref.externalId()))
                        : Optional.empty();
            }
            if (!calendar.startsOn(date).contains(ref.start().toLocalTime())
                    || calendar.channel(ref.channel(), date).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Slot(calendar.id(), start, start.plus(calendar.slotLength()), ref.channel()));
        });
    }

    /** The earliest start a slot may have now. */
    static ZonedDateTime earliest(Clock clock, Duration minNotice) {
        return ZonedDateTime.now(clock).withZoneSameInstant(Slot.ZONE).plus(minNotice);
    }
}
