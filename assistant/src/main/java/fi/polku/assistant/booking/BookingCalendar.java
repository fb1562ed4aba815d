package fi.polku.assistant.booking;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One team's calendar for a booking target, from the calendars file.
 *
 * @param municipality the municipality whose team receives the bookings (staff see referrals by it)
 * @param serves the municipalities whose residents it serves; {@code *} serves any municipality without its own
 * @param capacity how many meetings can run at the same time (staff on duty)
 * @param phone the team's number for booking by phone, shown when the external booking system cannot be reached;
 *     null when the calendar names none
 */
public record BookingCalendar(
        String id,
        BookingTarget target,
        String municipality,
        Set<String> serves,
        Map<Language, String> team,
        Duration slotLength,
        int capacity,
        Map<DayOfWeek, List<OpeningHours>> hours,
        List<ChannelOffer> channels,
        List<Closure> closures,
        @Nullable String phone) {

    /** Serves any municipality that has no calendar of its own for the target. */
    public static final String ANY_MUNICIPALITY = "*";

    public BookingCalendar {
        serves = Set.copyOf(serves);
        team = Map.copyOf(team);
        hours = Map.copyOf(hours);
        channels = List.copyOf(channels);
        closures = List.copyOf(closures);
    }

    /** The team's name in the language, else in Finnish. */
    public String team(Language language) {
        return team.getOrDefault(language, team.getOrDefault(Language.FI, id));
    }

    /** True when meetings are held that day: not a holiday, not closed, and with opening hours. */
    public boolean openOn(LocalDate date) {
        return !FinnishHolidays.isHoliday(date)
                && closures.stream().noneMatch(closure -> closure.covers(date))
                && hours.containsKey(date.getDayOfWeek());
    }

    /** The local start times of the day's slots; none when closed. */
    public List<LocalTime> startsOn(LocalDate date) {
        if (!openOn(date)) {
            return List.of();
        }
        List<LocalTime> starts = new ArrayList<>();
        for (OpeningHours stretch : hours.get(date.getDayOfWeek())) {
            LocalTime start = stretch.from();
            // the stretch ends within the day, so the loop cannot wrap past midnight
            while (!start.plus(slotLength).isAfter(stretch.to()) && start.isBefore(stretch.to())) {
                starts.add(start);
                start = start.plus(slotLength);
            }
        }
        return starts;
    }

    /** The channels offered that day. */
    public List<ChannelOffer> channelsOn(LocalDate date) {
        return channels.stream()
                .filter(offer -> offer.offeredOn(date.getDayOfWeek()))
                .toList();
    }

    /** The offer of this channel on that day, or empty. */
    public Optional<ChannelOffer> channel(Channel channel, LocalDate date) {
        return channelsOn(date).stream()
                .filter(offer -> offer.type() == channel)
                .findFirst();
    }
}
