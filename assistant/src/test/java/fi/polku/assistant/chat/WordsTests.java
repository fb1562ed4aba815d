package fi.polku.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.segmentation.yaml.YamlProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chat's word files are read by the strict YAML 1.2 layer: yes/no/on are words, and unknown or duplicate keys,
 * wrong types and missing keys are errors naming file, line and key.
 */
class WordsTests {

    /** A complete word file; {@code numbers} and {@code extra} are spliced in. */
    private static String file(String numbers, String extra) {
        return """
                numbers: {%s}
                multipliers: {sataa: 100}
                years: [vuosi]
                months: [kuukausi]
                yes_words: [yes, on, y]
                no_words: [no, n]
                nothing: [ei mitään]
                commands:
                  back: [takaisin]
                  why: [miksi]
                  skip: [ohita]
                  restart: [alusta]
                  add: [lisää]
                  confirm: [vahvista]
                corrections: [itse asiassa]
                items:
                  age: [ikä]
                %s""".formatted(numbers, extra);
    }

    @Test
    void readsEveryListAndNumber() {
        Words words = Words.parse("w.yml", file("kaksi: 2, puoli: 0.5", ""));

        assertThat(words.numbers()).containsEntry("kaksi", 2.0).containsEntry("puoli", 0.5);
        assertThat(words.multipliers()).containsEntry("sataa", 100.0);
        assertThat(words.commands()).containsOnlyKeys(Words.Command.values());
        assertThat(words.command("miksi")).contains(Words.Command.WHY);
        assertThat(words.items()).containsEntry("age", List.of("ikä"));
    }

    @Test
    void readsYesNoAndOnAsWordsAsYaml12Does() {
        Words words = Words.parse("w.yml", file("kaksi: 2", ""));

        assertThat(words.yes()).containsExactly("yes", "on", "y");
        assertThat(words.no()).containsExactly("no", "n");
        // and so do the bundled files, which write them unquoted
        assertThat(Words.load("chat/words/en.yml").yes()).contains("yes", "y");
        assertThat(Words.load("chat/words/en.yml").no()).contains("no", "n");
        assertThat(Words.load("chat/words/fi.yml").yes()).contains("on");
    }

    @Test
    void refusesANumberWordWhoseValueIsNotANumber() {
        assertThatThrownBy(() -> Words.parse("w.yml", file("kaksi: two", "")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("w.yml line 1 'numbers.kaksi'")
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> Words.parse("w.yml", file("puoli: 1:30", "")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageContaining("'numbers.puoli'");
        assertThatThrownBy(() -> Words.parse("w.yml", file("kuusitoista: 0x10", "")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("decimal");
    }

    @Test
    void refusesAnUnknownKeyNamingItsLine() {
        assertThatThrownBy(() -> Words.parse("w.yml", file("kaksi: 2", "yes_word: [joo]\n")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("w.yml line 18 'yes_word'")
                .hasMessageContaining("unknown key");
        assertThatThrownBy(() -> Words.parse("w.yml", file("kaksi: 2", "").replace("  add:", "  ad:")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("w.yml line 13 'commands.ad'")
                .hasMessageContaining("unknown key");
    }

    @Test
    void refusesADuplicateKey() {
        assertThatThrownBy(() -> Words.parse("w.yml", file("kaksi: 2", "months: [kk]\n")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("w.yml line 18 'months'")
                .hasMessageContaining("duplicate key");
    }

    @Test
    void refusesAListWhereWordsAreExpectedToBeAList() {
        assertThatThrownBy(() -> Words.parse("w.yml", file("kaksi: 2", "").replace("years: [vuosi]", "years: vuosi")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("w.yml line 3 'years'")
                .hasMessageContaining("expected a list");
    }

    @Test
    void refusesAFileWithoutACommand() {
        assertThatThrownBy(() -> Words.parse("w.yml", file("kaksi: 2", "").replace("  confirm: [vahvista]\n", "")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageContaining("'commands.confirm'")
                .hasMessageContaining("missing key");
    }
}
