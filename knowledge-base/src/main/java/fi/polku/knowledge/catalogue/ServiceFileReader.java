package fi.polku.knowledge.catalogue;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import fi.polku.segmentation.yaml.StrictYaml;
import fi.polku.segmentation.yaml.YamlMap;
import fi.polku.segmentation.yaml.YamlProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads one bundled service file ({@code services/<id>.yml}) strictly into a {@link ServiceDescription}. */
final class ServiceFileReader {

    private static final Set<String> KEYS = Set.of(
            "id",
            "checked",
            "unverified",
            "provider_type",
            "municipalities",
            "segments",
            "support_areas",
            "profile_areas",
            "booking_target",
            "channels",
            "local",
            "eligibility",
            "fi",
            "sv",
            "en");
    private static final Set<String> CHANNEL_KEYS = Set.of("type", "value", "label");
    private static final Set<String> LANGUAGE_KEYS = Set.of("fi", "sv", "en");
    private static final Set<String> LOCAL_KEYS = Set.of("municipality", "checked", "unverified", "channels");
    private static final Set<String> ELIGIBILITY_KEYS = Set.of(
            "min_age", "max_age", "first_for_employment_status", "first_for_age", "not_when_using", "fits_goals");
    private static final Set<String> AGE_RANGE_KEYS = Set.of("min", "max");
    /** The oldest age any rule may name; screening.md asks ages 15..70. */
    private static final int MAX_AGE = 120;

    private final ServiceTextReader texts = new ServiceTextReader();

    /** Reads the file's content; {@code file} is the name used in messages, e.g. {@code services/tyokokeilu.yml}. */
    ServiceDescription read(String file, String content) {
        try {
            return readChecked(file, content);
        } catch (YamlProblem e) {
            throw new CatalogueException(e.file(), e.line(), e.key(), e.problem());
        }
    }

    private ServiceDescription readChecked(String file, String content) {
        YamlMap root = StrictYaml.parse(file, content).allowOnly(KEYS);
        String id = root.string("id");
        String expected = baseName(file);
        if (!Vocabulary.SERVICE_ID.matcher(id).matches()) {
            throw root.error("id", "'" + id + "' is not a lower-case id like tyokokeilu or talous-ja-velkaneuvonta");
        }
        if (!id.equals(expected)) {
            throw root.error("id", "id '" + id + "' differs from the file name '" + expected + ".yml'");
        }
        String checked = checked(root);
        root.optionalStrings("unverified");
        String providerType = oneOf(root, "provider_type", Vocabulary.PROVIDER_TYPES);
        List<String> municipalities = municipalities(root);
        Set<Segment> segments = EnumSetReader.read(root, "segments", Segment.class);
        Set<SupportArea> supportAreas =
                EnumSetReader.readIds(root, "support_areas", SupportArea.class, SupportArea::id);
        Set<ProfileArea> profileAreas =
                EnumSetReader.readIds(root, "profile_areas", ProfileArea.class, ProfileArea::id);
        BookingTarget bookingTarget = bookingTarget(root);
        List<Channel> channels = channels(root);
        List<LocalChannels> local = local(root, municipalities);
        Eligibility eligibility = eligibility(root);
        Map<Language, ServiceText> byLanguage = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            boolean required = lang != Language.EN;
            ServiceText text = texts.read(root, lang, required);
            if (text != null) {
                byLanguage.put(lang, text);
            }
        }
        return new ServiceDescription(
                id,
                providerType,
                municipalities,
                segments,
                supportAreas,
                profileAreas,
                bookingTarget,
                channels,
                checked,
                byLanguage,
                "bundled",
                local,
                eligibility);
    }

    static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    }

    private static String checked(YamlMap root) {
        String checked = root.string("checked");
        if (!checked.equals("unverified")) {
            try {
                LocalDate.parse(checked);
            } catch (DateTimeParseException e) {
                throw root.error("checked", "'" + checked + "' is neither an ISO date (2026-11-22) nor 'unverified'");
            }
        }
        return checked;
    }

    private static String oneOf(YamlMap map, String key, Set<String> allowed) {
        String value = map.string(key);
        if (!allowed.contains(value)) {
            throw map.error(key, "unknown value '" + value + "'; allowed: " + new java.util.TreeSet<>(allowed));
        }
        return value;
    }

    private static List<LocalChannels> local(YamlMap root, List<String> municipalities) {
        if (!root.has("local")) {
            return List.of();
        }
        List<LocalChannels> result = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (YamlMap item : root.maps("local")) {
            YamlMap entry = item.allowOnly(LOCAL_KEYS);
            String municipality = entry.string("municipality");
            if (municipality.equals(ServiceDescription.NATIONWIDE)
                    || !Vocabulary.MUNICIPALITY_SLUG.matcher(municipality).matches()) {
                throw entry.error("municipality", "'" + municipality + "' is not a municipality slug like oulu");
            }
            if (!seen.add(municipality)) {
                throw entry.error("municipality", "'" + municipality + "' has local channels twice");
            }
            if (!municipalities.contains(ServiceDescription.NATIONWIDE) && !municipalities.contains(municipality)) {
                throw entry.error(
                        "municipality", "the service is not offered in '" + municipality + "' (see municipalities)");
            }
            String checked = checked(entry);
            entry.optionalStrings("unverified");
            List<Channel> channels = channels(entry);
            if (channels.isEmpty()) {
                throw entry.error("channels", "must list at least one channel");
            }
            result.add(new LocalChannels(municipality, checked, channels));
        }
        return result;
    }

    private static Eligibility eligibility(YamlMap root) {
        YamlMap block = root.optionalMap("eligibility");
        if (block == null) {
            return Eligibility.OPEN;
        }
        block.allowOnly(ELIGIBILITY_KEYS);
        Integer minAge = age(block, "min_age");
        Integer maxAge = age(block, "max_age");
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw block.error("max_age", "max_age " + maxAge + " is below min_age " + minAge);
        }
        Set<String> statuses = optionalAllOf(block, "first_for_employment_status", Vocabulary.EMPLOYMENT_STATUSES);
        Eligibility.AgeRange firstForAge = null;
        YamlMap range = block.optionalMap("first_for_age");
        if (range != null) {
            range.allowOnly(AGE_RANGE_KEYS);
            Integer min = age(range, "min");
            Integer max = age(range, "max");
            if (min == null || max == null || min > max) {
                throw block.error("first_for_age", "needs min and max ages with min <= max, e.g. {min: 15, max: 17}");
            }
            firstForAge = new Eligibility.AgeRange(min, max);
        }
        Set<String> using = optionalAllOf(block, "not_when_using", Vocabulary.CURRENT_SERVICES);
        Set<String> goals = optionalAllOf(block, "fits_goals", Vocabulary.GOALS);
        Eligibility eligibility = new Eligibility(minAge, maxAge, statuses, firstForAge, using, goals);
        if (eligibility.equals(Eligibility.OPEN)) {
            throw root.error("eligibility", "is empty; leave it out or name an age, a status, a service or a goal");
        }
        return eligibility;
    }

    private static @Nullable Integer age(YamlMap map, String key) {
        Integer age = map.optionalInteger(key);
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw map.error(key, "'" + age + "' is not an age in years from 0 to " + MAX_AGE);
        }
        return age;
    }

    private static Set<String> optionalAllOf(YamlMap map, String key, Set<String> allowed) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : map.optionalStrings(key)) {
            if (!allowed.contains(value)) {
                throw map.error(key, "unknown id '" + value + "'; allowed: " + new java.util.TreeSet<>(allowed));
            }
            values.add(value);
        }
        return values;
    }

    private static List<String> municipalities(YamlMap root) {
        List<String> values = root.nonEmptyStrings("municipalities");
        for (String value : values) {
            if (!Vocabulary.MUNICIPALITY_SLUG.matcher(value).matches()) {
                throw root.error(
                        "municipalities", "'" + value + "' is not 'nationwide' or a slug like oulu ([a-z0-9-]{2,40})");
            }
        }
        return values;
    }

    private static @Nullable BookingTarget bookingTarget(YamlMap root) {
        String value = root.optionalString("booking_target");
        if (value == null) {
            return null;
        }
        try {
            return BookingTarget.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw root.error(
                    "booking_target",
                    "unknown booking target '" + value + "'; allowed: " + Arrays.toString(BookingTarget.values()));
        }
    }

    private static List<Channel> channels(YamlMap root) {
        List<Channel> channels = new ArrayList<>();
        for (YamlMap entry : root.maps("channels")) {
            YamlMap channel = entry.allowOnly(CHANNEL_KEYS);
            String type = oneOf(channel, "type", Vocabulary.CHANNEL_TYPES);
            String value = channel.string("value");
            Map<Language, String> labels = new EnumMap<>(Language.class);
            YamlMap label = channel.optionalMap("label");
            if (label != null) {
                label.allowOnly(LANGUAGE_KEYS);
                for (Language lang : Language.values()) {
                    String text = label.optionalString(lang.tag());
                    if (text != null) {
                        labels.put(lang, text);
                    }
                }
            }
            channels.add(new Channel(type, value, labels));
        }
        return channels;
    }
}
