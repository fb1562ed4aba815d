package fi.polku.assistant.booking;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A bookable time of a calendar in one channel. Its {@link #key()} is readable and internal only ({@code
 * <calendar>_<local start yyyyMMdd'T'HHmm>_<channel>}, e.g. {@code oulu-sg_20261124T0900_phone}; a slot of an
 * external scheduling system adds {@code _<local end>_<its Slot id>}); what reaches URLs and the API is the random id
 * the {@link SlotIdStore} gives it. The channels of one time share its seats ({@link #time()}).
 *
 * @param externalId the id of the FHIR Slot in the external scheduling system, or null for Polku's own calendar
 */
public record Slot(
        String calendarId,
        ZonedDateTime start,
        ZonedDateTime end,
        Channel channel,
        @Nullable String externalId) {

    /** Every calendar's times are in Finnish time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm");
    private static final Pattern KEY = Pattern.compile(
            "([a-z0-9-]{1,40})_(\\d{8}T\\d{4})_([a-z]{1,10})(?:_(\\d{8}T\\d{4})_([A-Za-z0-9.-]{1,64}))?");
    /** The characters of a FHIR id (R4 {@code id} datatype). */
    public static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");

    /** A slot of Polku's own calendar. */
    public Slot(String calendarId, ZonedDateTime start, ZonedDateTime end, Channel channel) {
        this(calendarId, start, end, channel, null);
    }

    /** The slot's internal key: what it is, readable; never sent to a browser or a log. */
    public String key() {
        String key = calendarId + "_" + LOCAL.format(start.toLocalDateTime()) + "_" + channel.code();
        return externalId == null ? key : key + "_" + LOCAL.format(end.toLocalDateTime()) + "_" + externalId;
    }

    /**
     * The resource whose seats are taken: the calendar time this slot is one channel of, or for an external slot that
     * Slot itself (one seat; the external system keeps its own capacity).
     */
    public String time() {
        String time = calendarId + "_" + LOCAL.format(start.toLocalDateTime());
        return externalId == null ? time : time + "_" + externalId;
    }

    /** What a slot key names, or empty when it has no slot key's shape. */
    public static Optional<Ref> parse(String key) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime start = LocalDateTime.parse(matcher.group(2), LOCAL);
            LocalDateTime end = matcher.group(4) == null ? null : LocalDateTime.parse(matcher.group(4), LOCAL);
            String externalId = matcher.group(5);
            return Channel.fromCode(matcher.group(3))
                    .map(channel -> new Ref(matcher.group(1), start, channel, end, externalId));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A parsed slot key, not yet checked against its calendar.
     *
     * @param end the end of an external slot, else null (the calendar's slot length decides)
     * @param externalId the external Slot's id, else null
     */
    public record Ref(
            String calendarId,
            LocalDateTime start,
            Channel channel,
            @Nullable LocalDateTime end,
            @Nullable String externalId) {

        /** A key of Polku's own calendar. */
        public Ref(String calendarId, LocalDateTime start, Channel channel) {
            this(calendarId, start, channel, null, null);
        }
    }
}
