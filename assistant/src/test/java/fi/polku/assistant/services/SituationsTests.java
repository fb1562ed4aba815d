package fi.polku.assistant.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.rules.RuleBook;
import fi.polku.segmentation.yaml.YamlProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled life situations load and name real questionnaire sections; the file is read as strictly as the other
 * data folders (YAML 1.2, unknown and duplicate keys, wrong types and missing texts name file, line and key).
 */
class SituationsTests {

    private final Situations situations = new Situations();

    /** One situation in YAML, with {@code extra} lines appended to it. */
    private static String file(String title, String extra) {
        return """
                situations:
                  - id: x
                    title: %s
                    text: {fi: a, sv: b, en: c}
                    query: {fi: a, sv: b, en: c}
                    section: support
                %s""".formatted(title, extra);
    }

    @Test
    void loadsTheSixBundledSituations() {
        assertThat(situations.all())
                .extracting(Situation::id)
                .containsExactly(
                        "lost-job",
                        "health-limits-work",
                        "money-worries",
                        "study-or-retrain",
                        "young-and-unsure",
                        "caring-for-someone");
    }

    @Test
    void leadsEverySituationIntoASectionOfTheQuestionnaire() {
        List<String> sections = RuleBook.loadBundled().instrument().sections().stream()
                .map(Section::id)
                .toList();

        assertThat(situations.all())
                .allSatisfy(situation -> assertThat(sections).contains(situation.section()));
    }

    @Test
    void readsAWellFormedSituation() {
        Situation situation =
                Situations.parse("s.yml", file("{fi: a, sv: b, en: c}", "")).getFirst();

        assertThat(situation.title().sv()).isEqualTo("b");
        assertThat(situation.section()).isEqualTo("support");
    }

    @Test
    void refusesASituationWithoutASwedishTextNamingFileLineAndKey() {
        assertThatThrownBy(() -> Situations.parse("s.yml", file("{fi: a, sv: '', en: c}", "")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("s.yml line 3 (situation x) 'situations[0].title.sv'")
                .hasMessageContaining("must not be empty");
    }

    @Test
    void refusesAnUnknownKeyNamingItsLine() {
        assertThatThrownBy(() -> Situations.parse("s.yml", file("{fi: a, sv: b, en: c}", "    titel: y\n")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("s.yml line 7 (situation x) 'situations[0].titel'")
                .hasMessageContaining("unknown key 'titel'");
    }

    @Test
    void refusesADuplicateKey() {
        assertThatThrownBy(() -> Situations.parse("s.yml", file("{fi: a, sv: b, en: c}", "    section: work\n")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("s.yml line 7")
                .hasMessageContaining("duplicate key 'section'");
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThatThrownBy(() -> Situations.parse("s.yml", file("Menetin työni", "")))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("s.yml line 3 (situation x) 'situations[0].title'")
                .hasMessageContaining("expected a mapping");
        assertThatThrownBy(() -> Situations.parse("s.yml", "situations: {id: x}"))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("s.yml line 1 'situations'")
                .hasMessageContaining("expected a list of mappings");
    }

    @Test
    void refusesTheSameIdTwice() {
        String twice = file("{fi: a, sv: b, en: c}", "")
                + file("{fi: a, sv: b, en: c}", "").replace("situations:\n", "");

        assertThatThrownBy(() -> Situations.parse("s.yml", twice))
                .isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("s.yml line 7")
                .hasMessageContaining("used by an earlier situation");
    }

    @Test
    void readsYesNoAndOnAsTextAsYaml12Does() {
        Situation situation =
                Situations.parse("s.yml", file("{fi: on, sv: yes, en: no}", "")).getFirst();

        assertThat(situation.title().fi()).isEqualTo("on");
        assertThat(situation.title().sv()).isEqualTo("yes");
        assertThat(situation.title().en()).isEqualTo("no");
    }
}
