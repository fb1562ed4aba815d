package fi.polku.segmentation.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.rules.RuleBook;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both ends of an integer range (age 15..70), in every number type Jackson gives for a JSON integer. */
class IntegerRangeTests {

    private static final AnswerValidator VALIDATOR = RuleBook.loadBundled().validator();

    static Stream<Arguments> ages() {
        return Stream.of(
                Arguments.of(15, true),
                Arguments.of(14, false),
                Arguments.of(70, true),
                Arguments.of(71, false),
                Arguments.of(15L, true),
                Arguments.of(14L, false),
                Arguments.of(70L, true),
                Arguments.of(71L, false),
                Arguments.of(4_294_967_311L, false), // 15 + 2^32: must not wrap to 15
                Arguments.of((short) 15, true),
                Arguments.of((short) 71, false),
                Arguments.of(BigInteger.valueOf(15), true),
                Arguments.of(BigInteger.valueOf(14), false),
                Arguments.of(BigInteger.valueOf(70), true),
                Arguments.of(BigInteger.valueOf(71), false),
                Arguments.of(BigInteger.TWO.pow(64).add(BigInteger.valueOf(15)), false),
                Arguments.of(15.0, false),
                Arguments.of("15", false));
    }

    @ParameterizedTest(name = "age {0} accepted: {1}")
    @MethodSource("ages")
    void acceptsExactlyTheWholeNumbersOfTheRange(Object age, boolean accepted) {
        Map<String, Object> raw = new HashMap<>();
        raw.put("age", age);

        AnswerCheck check = VALIDATOR.check(raw, Language.EN);

        assertThat(check.valid()).isEqualTo(accepted);
        if (accepted) {
            assertThat(check.answers().asMap()).containsEntry("age", ((Number) age).intValue());
        } else {
            assertThat(check.errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("age");
                assertThat(e.message()).contains("15").contains("70");
            });
        }
    }
}
