package fi.polku.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registered functions on the values the engine gives them; a missing number arrives as NaN. */
class RuleFunctionsTests {

    @Test
    void containsOnlyWhatASetAnswerHolds() {
        assertThat(RuleFunctions.contains(List.of("housing", "finances"), "housing"))
                .isTrue();
        assertThat(RuleFunctions.contains(List.of("finances"), "housing")).isFalse();
        assertThat(RuleFunctions.contains(null, "housing")).isFalse();
        assertThat(RuleFunctions.contains("housing", "housing")).isFalse();
    }

    @Test
    void answeredIsFalseForAMissingAnswerAndTheNaNOfAMissingNumber() {
        assertThat(RuleFunctions.answered(7.0)).isTrue();
        assertThat(RuleFunctions.answered("clear")).isTrue();
        assertThat(RuleFunctions.answered(false)).isTrue();
        assertThat(RuleFunctions.answered(null)).isFalse();
        assertThat(RuleFunctions.answered(Double.NaN)).isFalse();
    }

    @Test
    void sizeAndCountTrueCountOnlyWhatIsThere() {
        assertThat(RuleFunctions.size(List.of("a", "b"))).isEqualTo(2);
        assertThat(RuleFunctions.size(null)).isZero();
        assertThat(RuleFunctions.countTrue(true, false, true, null)).isEqualTo(2);
    }
}
