package fi.polku.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The signatures of the registered functions, checked at load: arguments, their count and the result type. */
class FunctionTypesTests {

    private static final String FACTS = "facts/coverage.yml";

    @TempDir
    Path temp;

    private RuleFolder withFact(String expression) {
        RuleFolder folder = RuleFolder.copyOfBundled(temp);
        folder.append(FACTS, """
                  - id: probe
                    description: a fact that uses a function
                    implements: nothing
                    expression: "%s"
                """.formatted(expression));
        return folder;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "#countTrue(text_crisis, age > 3) >= 1",
                "#countTrue() == 0",
                "#size(support_areas) >= 1",
                "#contains(support_areas, 'housing')",
                "#answered(age)",
                "#oneOf(goal, 'work', 'studies')",
                "#oneOf(goal)"
            })
    void acceptsAWellTypedCall(String expression) {
        assertThat(RuleBook.load(withFact(expression).root()).version()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "#countTrue(text_crisis, age) >= 1" | "#countTrue counts true/false facts"
            "#countTrue(urgent_concern) >= 1" | "#countTrue counts true/false facts"
            "#countTrue(text_crisis) == true" | "compares a NUMBER with a BOOLEAN"
            "#size(support_areas, support_areas) >= 1" | "#size takes 1 argument(s)"
            "#size() >= 1" | "#size takes 1 argument(s)"
            "#size(age) >= 1" | "#size argument 1 must be a set"
            "#size(support_areas) == true" | "compares a NUMBER with a BOOLEAN"
            "#contains(support_areas) == true" | "#contains takes 2 argument(s)"
            "#contains(age, 'housing')" | "#contains argument 1 must be a set"
            "#contains(support_areas, 3)" | "#contains argument 2 must be a text"
            "#contains(support_areas, 'housing') == 1" | "compares a BOOLEAN with a NUMBER"
            "#answered(age, goal)" | "#answered takes one answer id"
            "#answered()" | "#answered takes one answer id"
            "#answered('age')" | "#answered takes one answer id"
            "#answered(age) == 1" | "compares a BOOLEAN with a NUMBER"
            "#oneOf(age, 'work')" | "#oneOf takes an answer and the values it may have"
            "#oneOf(goal, 3)" | "#oneOf takes an answer and the values it may have"
            "#oneOf(goal, 'work', 'wrok')" | "'wrok' is not a value of goal"
            "#oneOf(goal, 'work') == 1" | "compares a BOOLEAN with a NUMBER"
            "#count(support_areas) >= 1" | "unknown function #count (registered: #countTrue, #size, #contains, #answered, #oneOf)"
            """)
    void refusesABadCallNamingTheProblem(String expression, String problem) {
        RuleFolder folder = withFact(expression);

        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(folder.root()));

        assertThat(e.file()).isEqualTo(FACTS);
        assertThat(e.rule()).isEqualTo("probe");
        assertThat(e.getMessage()).contains(problem);
    }
}
