package fi.polku.assistant.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Small counts are hidden, and so is what would let them be worked out from the total. */
class SmallCellsTests {

    private static Map<String, Long> cells(Object... keysAndCounts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            cells.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return cells;
    }

    @Test
    void showsZeroAndFiveOrMoreAsTheyAreAndOneToFourAsLessThanFive() {
        assertThat(SmallCells.count(0)).isEqualTo(0L);
        assertThat(SmallCells.count(1)).isEqualTo("<5");
        assertThat(SmallCells.count(4)).isEqualTo("<5");
        assertThat(SmallCells.count(5)).isEqualTo(5L);
        assertThat(SmallCells.each(cells("a", 3, "b", 0, "c", 12)))
                .containsExactly(Map.entry("a", "<5"), Map.entry("b", 0L), Map.entry("c", 12L));
    }

    @Test
    void showsADimensionWithoutSmallCellsExactly() {
        assertThat(SmallCells.dimension(cells("a", 5, "b", 0, "c", 12)))
                .containsExactly(Map.entry("a", 5L), Map.entry("b", 0L), Map.entry("c", 12L));
    }

    @Nested
    class AgainstSubtractionFromTheTotal {

        @Test
        void hidesTheSmallestOtherCellBesideALoneSmallCell() {
            // total 30: with 7 and 20 shown, the 3 would be 30 - 27
            assertThat(SmallCells.dimension(cells("a", 3, "b", 20, "c", 7, "d", 0)))
                    .containsExactly(
                            Map.entry("a", "<5"), Map.entry("b", 20L), Map.entry("c", "hidden"), Map.entry("d", 0L));
        }

        @Test
        void hidesMoreWhenTheHiddenSumStillPinsTheSmallCell() {
            // 1 + 5 = 6 hidden: a small cell of 1-4 and a hidden one of 5 or more can only be 1 and 5
            assertThat(SmallCells.dimension(cells("a", 1, "b", 5, "c", 9, "d", 30)))
                    .containsExactly(
                            Map.entry("a", "<5"),
                            Map.entry("b", "hidden"),
                            Map.entry("c", "hidden"),
                            Map.entry("d", 30L));
        }

        @Test
        void hidesAnotherCellWhenTwoSmallCellsAddUpToAGiveaway() {
            // 1 + 1 = 2 can only be two ones; 2 + 3 = 5 could be 1 + 4, 2 + 3, ...
            assertThat(SmallCells.dimension(cells("a", 1, "b", 1, "c", 8, "d", 9)))
                    .containsExactly(
                            Map.entry("a", "<5"), Map.entry("b", "<5"), Map.entry("c", "hidden"), Map.entry("d", 9L));
            assertThat(SmallCells.dimension(cells("a", 2, "b", 3, "c", 8)))
                    .containsExactly(Map.entry("a", "<5"), Map.entry("b", "<5"), Map.entry("c", 8L));
        }

        @Test
        void leavesNoSmallCellRecoverableOnRandomDimensions() {
            java.util.Random random = new java.util.Random(42);
            for (int round = 0; round < 5_000; round++) {
                Map<String, Long> cells = new LinkedHashMap<>();
                int size = 2 + random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    cells.put("k" + i, (long) (random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40)));
                }
                Map<String, Object> shown = SmallCells.dimension(cells);
                long total = cells.values().stream().mapToLong(Long::longValue).sum();
                long shownSum = shown.values().stream()
                        .filter(Long.class::isInstance)
                        .mapToLong(Long.class::cast)
                        .sum();
                long smalls = shown.values().stream().filter("<5"::equals).count();
                long hidden = shown.values().stream().filter("hidden"::equals).count();
                if (smalls == 0 || total < 5) {
                    continue;
                }
                long hiddenSum = total - shownSum;
                boolean allHidden = shownSum == 0
                        && hidden + smalls
                                == cells.values().stream()
                                        .filter(count -> count > 0)
                                        .count();
                if (allHidden) {
                    // every non-zero cell is hidden and nothing is left to hide beside them, e.g. 1 and 5 only:
                    // a known limit (README, Figures)
                    continue;
                }
                // what an attacker knows: the hidden sum, small cells 1-4, hidden cells >= 5
                long least = hidden > 0 ? 1 : Math.max(1, hiddenSum - 4 * (smalls - 1));
                long most = Math.min(4, hiddenSum - (smalls - 1) - 5 * hidden);
                assertThat(least).as("%s -> %s", cells, shown).isLessThan(most);
            }
        }
    }
}
