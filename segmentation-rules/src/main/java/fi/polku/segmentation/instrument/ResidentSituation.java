package fi.polku.segmentation.instrument;

import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.SupportArea;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a screening's answers tell about which services fit, typed: the home municipality (resolved: a slug the product
 * does not know is {@code other}), the support areas asked for, the functioning-profile area scores that were
 * answered, and the background answers that rule services in or out ({@code age}, {@code employment_status},
 * {@code goal}, {@code current_services} without {@code none}, {@code registered_jobseeker}; each null or empty when
 * unanswered). Read once from the answers, so that service matching never re-reads raw answers.
 */
public record ResidentSituation(
        @Nullable String municipality,
        Set<SupportArea> supportAreas,
        Map<ProfileArea, Double> areaScores,
        @Nullable Integer age,
        @Nullable String employmentStatus,
        @Nullable String goal,
        Set<String> currentServices,
        @Nullable Boolean registeredJobseeker) {

    public ResidentSituation {
        supportAreas = Set.copyOf(supportAreas);
        areaScores = Map.copyOf(areaScores);
        currentServices = Set.copyOf(currentServices);
    }

    /** A situation with no background answers. */
    public ResidentSituation(
            @Nullable String municipality, Set<SupportArea> supportAreas, Map<ProfileArea, Double> areaScores) {
        this(municipality, supportAreas, areaScores, null, null, null, Set.of(), null);
    }

    /** The situation of validated answers and their profile. */
    public static ResidentSituation of(Answers answers, FunctioningProfile profile, Municipalities municipalities) {
        String municipality = answers.get("municipality")
                .map(slug -> municipalities.resolve(String.valueOf(slug)))
                .orElse(null);
        return new ResidentSituation(
                municipality,
                supportAreas(answers),
                areaScores(profile),
                answers.get("age").orElse(null) instanceof Integer age ? age : null,
                text(answers, "employment_status"),
                text(answers, "goal"),
                currentServices(answers),
                answers.get("registered_jobseeker").orElse(null) instanceof Boolean registered ? registered : null);
    }

    private static @Nullable String text(Answers answers, String id) {
        return answers.get(id).orElse(null) instanceof String value ? value : null;
    }

    private static Set<String> currentServices(Answers answers) {
        if (answers.get("current_services").orElse(null) instanceof List<?> values) {
            return values.stream()
                    .map(String::valueOf)
                    .filter(value -> !value.equals("none"))
                    .collect(Collectors.toSet());
        }
        return Set.of();
    }

    private static Set<SupportArea> supportAreas(Answers answers) {
        Set<String> ids =
                Arrays.stream(SupportArea.values()).map(SupportArea::id).collect(Collectors.toSet());
        Set<SupportArea> areas = EnumSet.noneOf(SupportArea.class);
        if (answers.get("support_areas").orElse(null) instanceof List<?> values) {
            // a choice the vocabulary has no area for (added in a rule file) matches no service tag: skip it
            values.stream()
                    .map(String::valueOf)
                    .filter(ids::contains)
                    .map(SupportArea::fromId)
                    .forEach(areas::add);
        }
        return areas;
    }

    private static Map<ProfileArea, Double> areaScores(FunctioningProfile profile) {
        Map<ProfileArea, Double> scores = new EnumMap<>(ProfileArea.class);
        for (ProfileArea area : ProfileArea.values()) {
            Double score = profile.areas().get(area.id());
            if (score != null) {
                scores.put(area, score);
            }
        }
        return scores;
    }
}
