package fi.polku.segmentation.instrument;

import fi.polku.segmentation.ProfileArea;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The functioning-profile scores: each answered item, and per area the mean of its answered items rounded to one
 * decimal (null when none of its items is answered).
 */
public record FunctioningProfile(Map<String, Integer> items, Map<String, @Nullable Double> areas) {

    public FunctioningProfile {
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        areas = Collections.unmodifiableMap(new LinkedHashMap<>(areas));
    }

    /** The profile of these answers, with items in questionnaire order and areas in {@link ProfileArea} order. */
    public static FunctioningProfile of(Answers answers, Instrument instrument) {
        Map<String, Integer> items = new LinkedHashMap<>();
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (ProfileArea area : ProfileArea.values()) {
            sums.put(area.id(), new int[2]);
        }
        for (Item item : instrument.profileItems()) {
            if (answers.valueOrNull(item.id()) instanceof Integer score) {
                items.put(item.id(), score);
                int[] sum = sums.computeIfAbsent(item.area(), a -> new int[2]);
                sum[0] += score;
                sum[1]++;
            }
        }
        Map<String, @Nullable Double> areas = new LinkedHashMap<>();
        sums.forEach((area, sum) -> areas.put(area, sum[1] == 0 ? null : mean(sum[0], sum[1])));
        return new FunctioningProfile(items, areas);
    }

    private static double mean(int sum, int count) {
        return BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
