package fi.polku.knowledge.catalogue;

import java.util.Set;
import java.util.regex.Pattern;

/** The closed vocabularies a service file's tags are checked against (TEAM.md data format, screening.md); support and profile areas are the enums of segmentation-rules. */
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

    /** The {@code current_services} values of screening.md, except {@code none}. */
    static final Set<String> CURRENT_SERVICES = Set.of(
            "employment_services",
            "social_services",
            "health_services",
            "mental_health_services",
            "substance_services",
            "kela_rehabilitation",
            "disability_services");

    /** The {@code goal} values of screening.md. */
    static final Set<String> GOALS =
            Set.of("work", "supported_work", "studies", "rehabilitation", "pension_assessment", "unsure");

    /** A municipality slug as screening.md defines it. */
    static final Pattern MUNICIPALITY_SLUG = Pattern.compile("[a-z0-9-]{2,40}");

    /** A service id: lower-case ascii words joined by hyphens. */
    static final Pattern SERVICE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Vocabulary() {}
}
