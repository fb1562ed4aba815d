package fi.polku.knowledge.catalogue;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who a service is for, as data the recommender and the search filter respect: an age range (a resident outside it
 * never gets the service recommended, and an age-filtered search leaves it out) and the situations in which it comes
 * first (e.g. occupational health first for the employed and those on sick leave, youth services first for 15-17).
 *
 * @param minAge youngest age served, or null for no lower limit
 * @param maxAge oldest age served, or null for no upper limit
 * @param firstForEmploymentStatus {@code employment_status} values (screening.md) for which the service comes first
 * @param firstForAge age range for which the service comes first, or null
 */
public record Eligibility(
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        Set<String> firstForEmploymentStatus,
        @Nullable AgeRange firstForAge) {

    /** No limits and no priority: the default when a service file has no {@code eligibility:} block. */
    public static final Eligibility OPEN = new Eligibility(null, null, Set.of(), null);

    public Eligibility {
        firstForEmploymentStatus = Set.copyOf(firstForEmploymentStatus);
    }

    /** True when the age is unknown or inside the range. */
    public boolean admitsAge(@Nullable Integer age) {
        return age == null || ((minAge == null || age >= minAge) && (maxAge == null || age <= maxAge));
    }

    /** True when the service should come first for a resident of this age or employment status. */
    public boolean firstFor(@Nullable Integer age, @Nullable String employmentStatus) {
        boolean byStatus = employmentStatus != null && firstForEmploymentStatus.contains(employmentStatus);
        boolean byAge = age != null && firstForAge != null && firstForAge.contains(age);
        return byStatus || byAge;
    }

    /** An inclusive age range. */
    public record AgeRange(int min, int max) {

        public boolean contains(int age) {
            return age >= min && age <= max;
        }
    }
}
