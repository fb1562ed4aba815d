package fi.polku.knowledge.catalogue;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who a service is for, as data the recommender and the search filter respect: an age range (a resident outside it
 * never gets the service recommended, and an age-filtered search leaves it out), the situations in which it comes
 * first (e.g. occupational health for the employed and those on sick leave, youth services for 15-17), the
 * {@code current_services} answers that mean the resident already uses it, and the {@code goal} answers it serves.
 *
 * @param minAge youngest age served, or null for no lower limit
 * @param maxAge oldest age served, or null for no upper limit
 * @param firstForEmploymentStatus {@code employment_status} values (screening.md) for which the service comes first
 * @param firstForAge age range for which the service comes first, or null
 * @param notWhenUsing {@code current_services} values meaning the resident already uses this service
 * @param fitsGoals {@code goal} values the service moves a resident towards
 */
public record Eligibility(
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        Set<String> firstForEmploymentStatus,
        @Nullable AgeRange firstForAge,
        Set<String> notWhenUsing,
        Set<String> fitsGoals) {

    /** No limits and no priority: the default when a service file has no {@code eligibility:} block. */
    public static final Eligibility OPEN = new Eligibility(null, null, Set.of(), null, Set.of(), Set.of());

    public Eligibility {
        firstForEmploymentStatus = Set.copyOf(firstForEmploymentStatus);
        notWhenUsing = Set.copyOf(notWhenUsing);
        fitsGoals = Set.copyOf(fitsGoals);
    }

    /** True when the age is unknown or inside the range. */
    public boolean admitsAge(@Nullable Integer age) {
        return age == null || ((minAge == null || age >= minAge) && (maxAge == null || age <= maxAge));
    }

    /** True when the service comes first for a resident with this employment status. */
    public boolean firstForStatus(@Nullable String employmentStatus) {
        return employmentStatus != null && firstForEmploymentStatus.contains(employmentStatus);
    }

    /** True when the service comes first for a resident of this age. */
    public boolean firstForAge(@Nullable Integer age) {
        return age != null && firstForAge != null && firstForAge.contains(age);
    }

    /** True when one of the resident's current services is this service. */
    public boolean alreadyUsedBy(Set<String> currentServices) {
        return currentServices.stream().anyMatch(notWhenUsing::contains);
    }

    /** An inclusive age range. */
    public record AgeRange(int min, int max) {

        public boolean contains(int age) {
            return age >= min && age <= max;
        }
    }
}
