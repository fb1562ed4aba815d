package fi.polku.knowledge.recommendation;

import fi.polku.knowledge.catalogue.Eligibility;
import fi.polku.knowledge.catalogue.ServiceDescription;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a resident's background answers meet one service's eligibility data: whether the service is open to them at all,
 * and what it earns beyond its tags (first for the employment status or age 10, the goal 2, registering as a job
 * seeker 3, services of employment services for a registered job seeker 1).
 *
 * @param firstForStatus the employment status the service comes first for, or null
 * @param firstForAge whether the service comes first at the resident's age
 * @param goal the resident's goal the service serves, or null
 * @param register whether an unemployed, unregistered resident is pointed here to register as a job seeker
 * @param jobseeker whether a registered job seeker can ask their employment services for it
 */
record BackgroundFit(
        @Nullable String firstForStatus,
        boolean firstForAge,
        @Nullable String goal,
        boolean register,
        boolean jobseeker) {

    static final double FIRST = 10.0;
    static final double GOAL = 2.0;
    static final double REGISTER = 3.0;
    static final double JOBSEEKER = 1.0;
    static final String EMPLOYMENT_SERVICES = "employment_services";
    private static final Set<String> UNEMPLOYED = Set.of("unemployed", "laid_off");

    /** False when the resident's age is outside the service's range or the resident already uses the service. */
    static boolean open(ServiceDescription service, Background background) {
        Set<String> using = new HashSet<>(background.currentServices());
        if (background.registered()) {
            using.add(EMPLOYMENT_SERVICES);
        }
        return service.eligibility().admitsAge(background.age())
                && !service.eligibility().alreadyUsedBy(using);
    }

    static BackgroundFit of(ServiceDescription service, Background background) {
        Eligibility eligibility = service.eligibility();
        String status = background.employmentStatus();
        String goal = background.goal();
        boolean unemployed = status != null && UNEMPLOYED.contains(status);
        return new BackgroundFit(
                eligibility.firstForStatus(status) ? status : null,
                eligibility.firstForAge(background.age()),
                goal != null && eligibility.fitsGoals().contains(goal) ? goal : null,
                // the service that registers job seekers is the one not recommended to users of employment services
                Boolean.FALSE.equals(background.registeredJobseeker())
                        && unemployed
                        && eligibility.notWhenUsing().contains(EMPLOYMENT_SERVICES),
                background.registered() && service.providerType().equals(EMPLOYMENT_SERVICES));
    }

    /** True when the background alone gives a reason to show the service. */
    boolean any() {
        return firstForStatus != null || firstForAge || goal != null || register;
    }

    double score() {
        return (firstForStatus != null || firstForAge ? FIRST : 0)
                + (goal != null ? GOAL : 0)
                + (register ? REGISTER : 0)
                + (jobseeker ? JOBSEEKER : 0);
    }
}
