package fi.polku.knowledge.recommendation;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The background answers of a screening that decide which services fit (screening.md ids; each may be unanswered):
 * {@code age}, {@code employment_status}, {@code goal}, {@code current_services} (without {@code none}) and
 * {@code registered_jobseeker}.
 */
public record Background(
        @Nullable Integer age,
        @Nullable String employmentStatus,
        @Nullable String goal,
        Set<String> currentServices,
        @Nullable Boolean registeredJobseeker) {

    /** Nothing known: every service stays open and none comes first. */
    public static final Background UNKNOWN = new Background(null, null, null, Set.of(), null);

    public Background {
        currentServices = Set.copyOf(currentServices);
    }

    /** True when the resident is a registered job seeker, i.e. already a client of employment services. */
    boolean registered() {
        return Boolean.TRUE.equals(registeredJobseeker);
    }
}
