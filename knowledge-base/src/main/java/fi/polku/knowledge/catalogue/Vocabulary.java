package fi.polku.knowledge.catalogue;

import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.SupportArea;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The closed vocabularies a service file's tags are checked against (TEAM.md data format, screening.md). */
final class Vocabulary {

    static final Set<String> PROVIDER_TYPES = Set.of(
            "municipality",
            "wellbeing_services_county",
            "employment_services",
            "kela",
            "pension_provider",
            "third_sector",
            "education_provider",
            "state",
            "ohjaamo",
            // employer-arranged occupational health care (työterveyshuolto), neither public nor Kela
            "occupational_health");

    static final Set<String> CHANNEL_TYPES = Set.of("web", "phone", "place");

    /** The {@code employment_status} values of screening.md. */
    static final Set<String> EMPLOYMENT_STATUSES = Set.of(
            "unemployed",
            "laid_off",
            "part_time",
            "employed",
            "entrepreneur",
            "student",
            "sick_leave",
            "rehabilitation",
            "pension",
            "other");

    static final Set<String> SUPPORT_AREAS = ids(SupportArea.values());

    static final Set<String> PROFILE_AREAS = ids(ProfileArea.values());

    /** A municipality slug as screening.md defines it. */
    static final Pattern MUNICIPALITY_SLUG = Pattern.compile("[a-z0-9-]{2,40}");

    /** A service id: lower-case ascii words joined by hyphens. */
    static final Pattern SERVICE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Vocabulary() {}

    private static Set<String> ids(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
