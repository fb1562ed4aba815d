package fi.polku.assistant.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.rules.RuleBook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled life situations load, name real questionnaire sections, and refuse a missing translation. */
class SituationsTests {

    private final Situations situations = new Situations();

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
    void refusesASituationWithoutASwedishText() {
        Map<String, Object> entry = Map.of(
                "id", "x",
                "title", Map.of("fi", "a", "sv", "", "en", "c"),
                "text", Map.of("fi", "a", "sv", "b", "en", "c"),
                "query", Map.of("fi", "a", "sv", "b", "en", "c"),
                "section", "support");

        assertThatThrownBy(() -> Situations.situation(entry))
                .hasMessageContaining("situation x")
                .hasMessageContaining("'title' has no sv text");
    }

    @Test
    void refusesAnUnknownKey() {
        Map<String, Object> entry = Map.of("id", "x", "titel", Map.of(), "section", "support");

        assertThatThrownBy(() -> Situations.situation(entry)).hasMessageContaining("unknown key 'titel'");
    }
}
