package fi.polku.assistant.booking;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the calendars file ({@code booking/calendars.yml} or {@code polku.booking.calendars.path}) and checks it; a
 * mistake stops start-up with the calendar and the key it is in.
 */
public final class CalendarsLoader {

    private static final String BUNDLED = "/booking/calendars.yml";

    private CalendarsLoader() {}

    /** The calendars in the file, or the bundled ones when the path is null. */
    public static Calendars load(@Nullable Path path) {
        try (InputStream in = path != null ? Files.newInputStream(path) : bundled()) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the calendars file " + (path != null ? path : BUNDLED), e);
        }
    }

    private static InputStream bundled() throws IOException {
        InputStream in = CalendarsLoader.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IOException("missing from the classpath");
        }
        return in;
    }

    static Calendars parse(Reader reader) {
        // dates stay text: the file says "2026-12-24" and the loader parses it itself
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        List<BookingCalendar> calendars = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object entry : list(map(root, "file"), "calendars", "file")) {
            BookingCalendar calendar = calendar(map(entry, "calendars[]"));
            if (!ids.add(calendar.id())) {
                throw new CalendarsException(calendar.id(), "id", "is used twice");
            }
            calendars.add(calendar);
        }
        return new Calendars(calendars);
    }

    private static BookingCalendar calendar(Map<?, ?> yaml) {
        String id = string(yaml, "id", "calendar");
        if (!id.matches("[a-z0-9-]{1,40}")) {
            throw new CalendarsException(id, "id", "must be 1-40 of a-z, 0-9 and -");
        }
        BookingTarget target;
        try {
            target = BookingTarget.valueOf(string(yaml, "target", id));
        } catch (IllegalArgumentException e) {
            throw new CalendarsException(id, "target", "must be SERVICE_GUIDANCE or WORK_ABILITY_TEAM");
        }
        int slotMinutes = integer(yaml, "slot-minutes", id);
        int capacity = integer(yaml, "capacity", id);
        if (slotMinutes < 10 || slotMinutes > 240) {
            throw new CalendarsException(id, "slot-minutes", "must be 10-240");
        }
        if (capacity < 1 || capacity > 50) {
            throw new CalendarsException(id, "capacity", "must be 1-50");
        }
        Set<String> serves = new LinkedHashSet<>();
        list(yaml, "serves", id).forEach(slug -> serves.add(String.valueOf(slug)));
        List<ChannelOffer> channels = new ArrayList<>();
        list(yaml, "channels", id).forEach(channel -> channels.add(channel(map(channel, id + ".channels"), id)));
        if (channels.isEmpty()) {
            throw new CalendarsException(id, "channels", "must offer at least one channel");
        }
        List<Closure> closures = new ArrayList<>();
        Object closureList = yaml.get("closures");
        if (closureList != null) {
            list(yaml, "closures", id).forEach(closure -> closures.add(closure(map(closure, id + ".closures"), id)));
        }
        return new BookingCalendar(
                id,
                target,
                string(yaml, "municipality", id),
                serves,
                texts(yaml.get("team"), id, "team"),
                Duration.ofMinutes(slotMinutes),
                capacity,
                hours(map(yaml.get("hours"), id + ".hours"), id),
                channels,
                closures);
    }

    private static Map<DayOfWeek, List<OpeningHours>> hours(Map<?, ?> yaml, String id) {
        Map<DayOfWeek, List<OpeningHours>> hours = new EnumMap<>(DayOfWeek.class);
        yaml.forEach((day, stretches) -> {
            DayOfWeek weekday = weekday(String.valueOf(day), id);
            List<OpeningHours> list = new ArrayList<>();
            for (Object stretch : list(Map.of("s", stretches), "s", id + ".hours." + day)) {
                String[] ends = String.valueOf(stretch).split("-");
                try {
                    OpeningHours opening = new OpeningHours(
                            LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[ends.length - 1].strip()));
                    if (ends.length != 2 || !opening.from().isBefore(opening.to())) {
                        throw new CalendarsException(id, "hours." + day, "needs \"HH:MM-HH:MM\" with from < to");
                    }
                    list.add(opening);
                } catch (DateTimeParseException e) {
                    throw new CalendarsException(id, "hours." + day, "needs \"HH:MM-HH:MM\", not " + stretch);
                }
            }
            hours.put(weekday, list);
        });
        return hours;
    }

    private static ChannelOffer channel(Map<?, ?> yaml, String id) {
        String type = string(yaml, "type", id);
        Channel channel = Channel.fromCode(type)
                .orElseThrow(() -> new CalendarsException(id, "channels.type", "must be phone, video or visit"));
        Set<DayOfWeek> days = new HashSet<>();
        if (yaml.get("days") != null) {
            list(yaml, "days", id).forEach(day -> days.add(weekday(String.valueOf(day), id)));
        }
        Map<Language, String> place = texts(yaml.get("place"), id, "channels.place");
        if (channel == Channel.VISIT && place.isEmpty()) {
            throw new CalendarsException(id, "channels.place", "a visit needs its place");
        }
        return new ChannelOffer(channel, days, place, texts(yaml.get("accessibility"), id, "channels.accessibility"));
    }

    private static Closure closure(Map<?, ?> yaml, String id) {
        try {
            LocalDate from = date(yaml, "from", id);
            LocalDate to = date(yaml, "to", id);
            if (to.isBefore(from)) {
                throw new CalendarsException(id, "closures", "to is before from");
            }
            return new Closure(from, to, string(yaml, "reason", id));
        } catch (DateTimeParseException e) {
            throw new CalendarsException(id, "closures", "dates are YYYY-MM-DD");
        }
    }

    private static LocalDate date(Map<?, ?> yaml, String key, String id) {
        // YAML 1.1 reads an unquoted 2026-12-24 as a timestamp at midnight UTC
        if (yaml.get(key) instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(string(yaml, key, id));
    }

    private static DayOfWeek weekday(String day, String id) {
        try {
            return DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CalendarsException(id, "hours", "unknown weekday " + day);
        }
    }

    private static Map<Language, String> texts(@Nullable Object yaml, String id, String key) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (yaml == null) {
            return texts;
        }
        map(yaml, id + "." + key).forEach((lang, text) -> {
            Language language = Language.fromTag(String.valueOf(lang));
            if (!language.tag().equals(lang)) {
                throw new CalendarsException(id, key, "languages are fi, sv and en, not " + lang);
            }
            texts.put(language, String.valueOf(text));
        });
        return texts;
    }

    private static Map<?, ?> map(@Nullable Object yaml, String where) {
        if (yaml instanceof Map<?, ?> map) {
            return map;
        }
        throw new CalendarsException(where, "", "must be a mapping");
    }

    private static List<?> list(Map<?, ?> yaml, String key, String id) {
        if (yaml.get(key) instanceof List<?> list) {
            return list;
        }
        throw new CalendarsException(id, key, "must be a list");
    }

    private static String string(Map<?, ?> yaml, String key, String id) {
        Object value = yaml.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new CalendarsException(id, key, "is missing");
        }
        return String.valueOf(value);
    }

    private static int integer(Map<?, ?> yaml, String key, String id) {
        if (yaml.get(key) instanceof Integer value) {
            return value;
        }
        throw new CalendarsException(id, key, "must be a whole number");
    }

    /** A mistake in the calendars file. */
    public static final class CalendarsException extends IllegalStateException {

        CalendarsException(String calendar, String key, String problem) {
            super("Calendars file: calendar " + calendar + (key.isEmpty() ? "" : ", " + key) + ": " + problem);
        }
    }
}
