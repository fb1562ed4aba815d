package fi.polku.assistant.booking;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.yaml.StrictYaml;
import fi.polku.segmentation.yaml.YamlMap;
import fi.polku.segmentation.yaml.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the calendars file ({@code booking/calendars.yml} or {@code polku.booking.calendars.path}) with the project's
 * strict YAML 1.2 layer and checks it: an unknown or duplicate key, a wrong type or a bad value stops start-up with a
 * {@link YamlProblem} naming the file, the line, the calendar and the key.
 */
public final class CalendarsLoader {

    private static final String BUNDLED = "/booking/calendars.yml";
    private static final Set<String> CALENDAR_KEYS = Set.of(
            "id",
            "target",
            "municipality",
            "serves",
            "team",
            "slot-minutes",
            "capacity",
            "hours",
            "channels",
            "closures",
            "phone");
    private static final Set<String> CHANNEL_KEYS = Set.of("type", "days", "place", "accessibility");
    private static final Set<String> CLOSURE_KEYS = Set.of("from", "to", "reason");

    private CalendarsLoader() {}

    /** The calendars in the file, or the bundled ones when the path is null. */
    public static Calendars load(@Nullable Path path) {
        String file = path != null ? path.toString() : "booking/calendars.yml";
        try (InputStream in = path != null ? Files.newInputStream(path) : bundled()) {
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the calendars file " + file, e);
        }
    }

    private static InputStream bundled() throws IOException {
        InputStream in = CalendarsLoader.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IOException("missing from the classpath");
        }
        return in;
    }

    /** The calendars of a file's text; {@code file} names it in errors. */
    static Calendars parse(String file, String text) {
        YamlMap root = StrictYaml.parse(file, text).allowOnly(Set.of("calendars"));
        List<BookingCalendar> calendars = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap entry : root.maps("calendars")) {
            BookingCalendar calendar = calendar(entry);
            if (!ids.add(calendar.id())) {
                throw entry.error("id", "calendar id " + calendar.id() + " is used twice");
            }
            calendars.add(calendar);
        }
        return new Calendars(calendars);
    }

    private static BookingCalendar calendar(YamlMap entry) {
        String id = entry.string("id");
        YamlMap yaml = entry.named("calendar " + id).allowOnly(CALENDAR_KEYS);
        if (!id.matches("[a-z0-9-]{1,40}")) {
            throw yaml.error("id", "must be 1-40 of a-z, 0-9 and -");
        }
        BookingTarget target;
        try {
            target = BookingTarget.valueOf(yaml.string("target"));
        } catch (IllegalArgumentException e) {
            throw yaml.error("target", "must be SERVICE_GUIDANCE or WORK_ABILITY_TEAM");
        }
        int slotMinutes = yaml.integer("slot-minutes");
        int capacity = yaml.integer("capacity");
        if (slotMinutes < 10 || slotMinutes > 240) {
            throw yaml.error("slot-minutes", "must be 10-240");
        }
        if (capacity < 1 || capacity > 50) {
            throw yaml.error("capacity", "must be 1-50");
        }
        Set<String> serves = new LinkedHashSet<>(yaml.strings("serves"));
        List<ChannelOffer> channels = new ArrayList<>();
        yaml.maps("channels").forEach(channel -> channels.add(channel(channel.allowOnly(CHANNEL_KEYS))));
        if (channels.isEmpty()) {
            throw yaml.error("channels", "must offer at least one channel");
        }
        List<Closure> closures = new ArrayList<>();
        if (yaml.has("closures")) {
            yaml.maps("closures").forEach(closure -> closures.add(closure(closure.allowOnly(CLOSURE_KEYS))));
        }
        String phone = yaml.has("phone") ? yaml.string("phone") : null;
        if (phone != null && !phone.matches("\\+?[0-9][0-9 ]{4,19}")) {
            throw yaml.error("phone", "must be a phone number of digits and spaces, e.g. +358 8 123 4567");
        }
        return new BookingCalendar(
                id,
                target,
                yaml.string("municipality"),
                serves,
                texts(yaml, "team"),
                Duration.ofMinutes(slotMinutes),
                capacity,
                hours(yaml.map("hours")),
                channels,
                closures,
                phone);
    }

    private static Map<DayOfWeek, List<OpeningHours>> hours(YamlMap yaml) {
        Map<DayOfWeek, List<OpeningHours>> hours = new EnumMap<>(DayOfWeek.class);
        for (String day : yaml.keys()) {
            DayOfWeek weekday = weekday(yaml, day, day);
            List<OpeningHours> list = new ArrayList<>();
            for (String stretch : yaml.strings(day)) {
                String[] ends = stretch.split("-");
                try {
                    OpeningHours opening = new OpeningHours(
                            LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[ends.length - 1].strip()));
                    if (ends.length != 2 || !opening.from().isBefore(opening.to())) {
                        throw yaml.error(day, "needs \"HH:MM-HH:MM\" with from < to");
                    }
                    list.add(opening);
                } catch (DateTimeParseException e) {
                    throw yaml.error(day, "needs \"HH:MM-HH:MM\", not " + stretch);
                }
            }
            hours.put(weekday, list);
        }
        return hours;
    }

    private static ChannelOffer channel(YamlMap yaml) {
        Channel channel = Channel.fromCode(yaml.string("type"))
                .orElseThrow(() -> yaml.error("type", "must be phone, video or visit"));
        Set<DayOfWeek> days = new HashSet<>();
        yaml.optionalStrings("days").forEach(day -> days.add(weekday(yaml, "days", day)));
        Map<Language, String> place = texts(yaml, "place");
        if (channel == Channel.VISIT && place.isEmpty()) {
            throw yaml.error("place", "a visit needs its place");
        }
        return new ChannelOffer(channel, days, place, texts(yaml, "accessibility"));
    }

    private static Closure closure(YamlMap yaml) {
        LocalDate from = date(yaml, "from");
        LocalDate to = date(yaml, "to");
        if (to.isBefore(from)) {
            throw yaml.error("to", "is before from");
        }
        return new Closure(from, to, yaml.string("reason"));
    }

    private static LocalDate date(YamlMap yaml, String key) {
        // YAML 1.2's core schema has no timestamps: a date stays text, parsed here
        try {
            return LocalDate.parse(yaml.string(key));
        } catch (DateTimeParseException e) {
            throw yaml.error(key, "dates are YYYY-MM-DD");
        }
    }

    private static DayOfWeek weekday(YamlMap yaml, String key, String day) {
        try {
            return DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw yaml.error(key, "unknown weekday " + day);
        }
    }

    /** A text in some of fi, sv and en (absent = none). */
    private static Map<Language, String> texts(YamlMap yaml, String key) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        YamlMap map = yaml.optionalMap(key);
        if (map == null) {
            return texts;
        }
        map.allowOnly(Set.of("fi", "sv", "en"));
        for (Language language : Language.values()) {
            String text = map.optionalString(language.tag());
            if (text != null) {
                texts.put(language, text);
            }
        }
        return texts;
    }
}
