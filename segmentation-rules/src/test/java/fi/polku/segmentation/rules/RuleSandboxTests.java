package fi.polku.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSandboxTests {

    private static final String FACTS = "facts/coverage.yml";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            false and T(java.lang.Runtime).getRuntime().exec('x')   | type reference
            false and new java.io.File('x').exists()               | constructor
            false and @bean                                         | bean reference
            false and (answered_count = 3) > 2                      | assignment
            false and 'a'.toUpperCase() == 'A'                      | method call
            false and #root == null                                 | variable
            false and #systemProperties['x'] == 'y'                 | variable
            false and #exec('x')                                    | unknown function
            false and {1, 2}.size() == 2                            | method call
            false and age matches '(a+)+'                           | not allowed
            false and age.class.name == 'x'                         | not allowed
            """)
    void refusesAnExpressionOutsideTheSandboxEvenInABranchNeverTaken(String expression, String problem) {
        RuleFolder folder = RuleFolder.copyOfBundled(temp);
        int line = folder.append(FACTS, """
                  - id: sneaky
                    description: tries to leave the sandbox
                    implements: nothing
                    expression: "%s"
                """.formatted(expression.replace("\"", "\\\"")));

        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(folder.root()));

        assertThat(e.file()).isEqualTo(FACTS);
        assertThat(e.rule()).isEqualTo("sneaky");
        assertThat(e.line()).isEqualTo(line + 3);
        assertThat(e.getMessage())
                .startsWith(FACTS + " line " + (line + 3) + " (rule sneaky): ")
                .contains(problem);
    }

    @Test
    void refusesABooleanAnswerUsedBareSinceUnansweredIsUnknown() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp)
                .replace("rules/decisions.yml", "when: few_answers", "when: few_answers or secondary_education");

        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(folder.root()));

        assertThat(e.rule()).isEqualTo("initial-interview");
        assertThat(e.getMessage()).contains("secondary_education == true");
    }

    @Test
    void refusesOrderingAnAnswerThatIsNotANumber() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp)
                .replace("rules/decisions.yml", "when: few_answers", "when: \"few_answers or goal < 'x'\"");

        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(folder.root()));

        assertThat(e.getMessage()).contains("compares numbers only");
    }

    @Test
    void refusesAValueThatTheAnswerCannotHave() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp)
                .replace("facts/team-criteria.yml", "situation_clarity == 'unclear'", "situation_clarity == 'unclaer'");

        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(folder.root()));

        assertThat(e.rule()).isEqualTo("unclear_situation");
        assertThat(e.getMessage()).contains("'unclaer' is not a value of situation_clarity");
    }
}
