package fi.polku.segmentation.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictYamlTests {

    private static final String FILE = "data/example.yml";

    private static YamlProblem fails(String text) {
        return catchThrowableOfType(YamlProblem.class, () -> StrictYaml.parse(FILE, text));
    }

    @ParameterizedTest
    @CsvSource({"yes", "no", "on", "off", "Yes", "NO", "y", "n"})
    void readsUnquotedYesNoOnOffAsText(String word) {
        YamlMap map = StrictYaml.parse(FILE, "answer: " + word + "\nlist: [" + word + "]\n");

        assertThat(map.string("answer")).isEqualTo(word);
        assertThat(map.strings("list")).containsExactly(word);
        assertThat(map.plainValues()).containsEntry("answer", word);
    }

    @Test
    void readsJsonTypedPlainValues() {
        YamlMap map = StrictYaml.parse(
                FILE, "a: 7\nb: -3\nc: 4.5\nd: true\ne: ~\nf: text\ng: 1:30\nh: [1, two]\ni: 12345678901\n");

        assertThat(map.plainValues())
                .containsEntry("a", 7)
                .containsEntry("b", -3)
                .containsEntry("c", 4.5)
                .containsEntry("d", true)
                .containsEntry("e", null)
                .containsEntry("f", "text")
                .containsEntry("g", "1:30")
                .containsEntry("h", java.util.List.of(1, "two"))
                .containsEntry("i", new java.math.BigInteger("12345678901"));
    }

    @ParameterizedTest
    @CsvSource({"0x1F", "0o17", ".inf", "-.inf", ".nan", "1:30", "'\"7\"'", "7.0", "1_000"})
    void refusesWhatIsNotADecimalWholeNumberNamingFileLineAndKey(String value) {
        YamlMap map = StrictYaml.parse(FILE, "title: ok\n\nmin: " + value + "\n");

        YamlProblem e = catchThrowableOfType(YamlProblem.class, () -> map.integer("min"));

        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.key()).isEqualTo("min");
        assertThat(e.getMessage()).startsWith(FILE + " line 3 'min': must be a whole number");
    }

    @ParameterizedTest
    @CsvSource({"0x1F", "0o17", ".inf", "-.inf", ".nan"})
    void refusesHexOctalAndInfiniteNumbersAmongPlainValues(String value) {
        YamlMap map = StrictYaml.parse(FILE, "answers:\n  age: 30\n  work_ability: " + value + "\n");

        YamlProblem e =
                catchThrowableOfType(YamlProblem.class, () -> map.map("answers").plainValues());

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.key()).isEqualTo("answers.work_ability");
        assertThat(e.problem()).contains("'" + value + "'");
    }

    @Test
    void refusesADuplicateKeyNamingItsLine() {
        YamlProblem e = fails("id: a\nlabel: x\nid: b\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.key()).isEqualTo("id");
        assertThat(e.problem()).isEqualTo("duplicate key 'id'");
    }

    @Test
    void refusesADuplicateKeyInANestedMapping() {
        YamlProblem e = catchThrowableOfType(
                YamlProblem.class,
                () -> StrictYaml.parse(FILE, "items:\n  - {id: a, id: b}\n").maps("items"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.key()).isEqualTo("items[0].id");
    }

    @Test
    void refusesAnUnknownKeyNamingTheAllowedOnes() {
        YamlMap map = StrictYaml.parse(FILE, "id: a\ncolour: red\n");

        YamlProblem e = catchThrowableOfType(YamlProblem.class, () -> map.allowOnly(Set.of("label", "id")));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.key()).isEqualTo("colour");
        assertThat(e.problem()).isEqualTo("unknown key 'colour' (allowed: id, label)");
    }

    @Test
    void refusesAWrongShapeNamingKeyAndLine() {
        YamlMap map = StrictYaml.parse(FILE, "a: [x]\nb: text\nc: {k: v}\n");

        assertThat(catchThrowableOfType(YamlProblem.class, () -> map.string("a"))
                        .problem())
                .isEqualTo("expected a single value");
        assertThat(catchThrowableOfType(YamlProblem.class, () -> map.strings("b"))
                        .line())
                .isEqualTo(2);
        assertThat(catchThrowableOfType(YamlProblem.class, () -> map.maps("c")).problem())
                .isEqualTo("expected a list of mappings");
        assertThat(catchThrowableOfType(YamlProblem.class, () -> map.map("b")).key())
                .isEqualTo("b");
        assertThat(catchThrowableOfType(YamlProblem.class, () -> map.string("missing"))
                        .problem())
                .isEqualTo("missing key 'missing'");
    }

    @Test
    void namesTheLineOfASyntaxError() {
        YamlProblem e = fails("id: a\nlist: [x, y\n");

        assertThat(e.line()).isPositive();
        assertThat(e.problem()).startsWith("broken YAML");
    }

    @Test
    void refusesAnAliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
        for (char c = 'b'; c <= 'm'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append("]\n");
        }

        assertThat(fails(bomb.toString()).problem()).contains("aliases");
    }

    @Test
    void refusesDeepNesting() {
        String deep = "a: " + "[".repeat(StrictYaml.MAX_DEPTH + 1) + "]".repeat(StrictYaml.MAX_DEPTH + 1) + "\n";

        YamlProblem e = fails(deep);

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).isEqualTo("nested more than 20 levels deep");
    }

    @Test
    void refusesAFileAboveTheSizeLimit() {
        String huge = "text: " + "x".repeat(StrictYaml.MAX_CODE_POINTS) + "\n";

        assertThat(fails(huge).problem()).startsWith("broken YAML").contains("code point");
    }

    @Test
    void refusesAnEmptyFileAndATopLevelList() {
        assertThat(fails("# only a comment\n").problem()).isEqualTo("the file is empty");
        assertThat(fails("- a\n- b\n").problem()).isEqualTo("expected a mapping of keys");
    }

    @Test
    void buildsNoObjectFromATag() {
        YamlMap map = StrictYaml.parse(FILE, "a: !!java.io.File /etc/passwd\n");

        assertThat(map.string("a")).isEqualTo("/etc/passwd");
    }
}
