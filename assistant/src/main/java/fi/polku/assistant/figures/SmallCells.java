package fi.polku.assistant.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression, as statistics offices do it. A count of 1 to 4 people is shown as {@value #SMALL}; 0 is
 * shown as 0 (it is nobody). A dimension's cells add up to its total, which the total itself or any other complete
 * dimension gives away, so one hidden cell alone could be worked out by subtraction: while the hidden cells of a
 * dimension would still pin a small count to one value, the smallest shown non-zero cell is hidden too (as
 * {@value #HIDDEN}). Counts of 5 and more are otherwise shown exactly.
 */
final class SmallCells {

    /** Counts below this are never shown. */
    static final long THRESHOLD = 5;
    /** A count of 1 to 4. */
    static final String SMALL = "<5";
    /** A count of 5 or more, hidden so that a small count beside it cannot be worked out from the total. */
    static final String HIDDEN = "hidden";

    private SmallCells() {}

    /** One count on its own: 0, a number of 5 or more, or {@value #SMALL}. */
    static Object count(long count) {
        return small(count) ? SMALL : count;
    }

    /** Each count on its own, for counts that add up to no total shown anywhere. */
    static Map<String, Object> each(Map<String, Long> cells) {
        Map<String, Object> shown = new LinkedHashMap<>();
        cells.forEach((key, count) -> shown.put(key, count(count)));
        return shown;
    }

    /** The cells of one dimension, in their order, with small cells and their complements hidden. */
    static Map<String, Object> dimension(Map<String, Long> cells) {
        Set<String> small = new LinkedHashSet<>();
        cells.forEach((key, count) -> {
            if (small(count)) {
                small.add(key);
            }
        });
        Set<String> complements = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>(cells.keySet().stream()
                .filter(key -> cells.get(key) >= THRESHOLD)
                .sorted(Comparator.comparingLong(cells::get))
                .toList());
        while (!small.isEmpty() && !protectedCells(cells, small, complements) && !candidates.isEmpty()) {
            complements.add(candidates.removeFirst());
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        cells.forEach((key, count) ->
                shown.put(key, small.contains(key) ? SMALL : complements.contains(key) ? HIDDEN : count));
        return shown;
    }

    private static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /**
     * Whether someone who knows the hidden cells' sum (the total less the shown cells) and that a small cell is 1-4
     * and a hidden one at least 5 still cannot tell any small cell's count.
     */
    private static boolean protectedCells(Map<String, Long> cells, Set<String> small, Set<String> complements) {
        if (small.size() + complements.size() < 2) {
            return false;
        }
        long sum = 0;
        for (String key : small) {
            sum += cells.get(key);
        }
        for (String key : complements) {
            sum += cells.get(key);
        }
        // every small cell has the same bounds: at least 1, at most 4, and what the other hidden cells leave
        long othersLeast = (small.size() - 1) + THRESHOLD * complements.size();
        long least = complements.isEmpty() ? Math.max(1, sum - (THRESHOLD - 1) * (small.size() - 1)) : 1;
        long most = Math.min(THRESHOLD - 1, sum - othersLeast);
        return least < most;
    }
}
