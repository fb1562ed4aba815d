package fi.polku.assistant.booking;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bookable time of a calendar in one channel. Its id is derived, not random: {@code <calendar>_<local start
 * yyyyMMdd'T'HHmm>_<channel>}, e.g. {@code oulu-sg_20261124T0900_phone}; a slot is a public schedule entry and
 * holds nothing personal. The channels of one time share its seats ({@link #time()}).
 */
public record Slot(String calendarId, ZonedDateTime start, ZonedDateTime end, Channel channel) {

    /** Every calendar's times are in Finnish time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm");
    private static final Pattern ID = Pattern.compile("([a-z0-9-]{1,40})_(\\d{8}T\\d{4})_([a-z]{1,10})");

    /** The slot's id in the API. */
    public String id() {
        return calendarId + "_" + LOCAL.format(start.toLocalDateTime()) + "_" + channel.code();
    }

    /** The calendar time this slot is one channel of: the resource whose seats are taken. */
    public String time() {
        return calendarId + "_" + LOCAL.format(start.toLocalDateTime());
    }

    /** What a slot id names, or empty when it has no slot id's shape. */
    public static Optional<Ref> parse(String id) {
        Matcher matcher = ID.matcher(id);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime start = LocalDateTime.parse(matcher.group(2), LOCAL);
            return Channel.fromCode(matcher.group(3)).map(channel -> new Ref(matcher.group(1), start, channel));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A parsed slot id, not yet checked against its calendar. */
    public record Ref(String calendarId, LocalDateTime start, Channel channel) {}
}
