package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Choice;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.rules.RuleBook;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The chat sends every answer through the crisis check, also the label of a choice typed out. The first model of the
 * sixth round flagged "Kyllä, selvää" and "En tiedä vielä": an answer of the questionnaire itself must never be read as
 * a crisis, in any language, also with the letter a hurried thumb leaves out.
 */
class InstrumentAnswersTests {

    private static final RuleBook BOOK = RuleBook.loadBundled();

    @Test
    void noChoiceLabelIsACrisis() {
        List<String> flagged = new ArrayList<>();
        for (String label : labels()) {
            if (BOOK.isCrisis(label)) {
                flagged.add(label);
            }
        }
        assertThat(flagged).as("choice labels flagged as a crisis").isEmpty();
    }

    /**
     * The chat's short replies, hesitant and evasive ones included ("jag vet inte riktigt", "en tiedä mitä vastata",
     * "no idea"): a hesitation is no crisis, whatever the learned signal makes of the crises that begin with one.
     */
    @Test
    void noShortReplyIsACrisis() {
        List<String> flagged = new ArrayList<>();
        CrisisEvaluation.read("/crisis/own-answers.tsv").stream()
                .filter(c -> BOOK.isCrisis(c.text()))
                .forEach(c -> flagged.add(c.text()));
        assertThat(flagged)
                .as("own answers and short replies flagged as a crisis")
                .isEmpty();
    }

    /** The learned signal is trained on them (own-answers.tsv), so the file must hold every label as it is now. */
    @Test
    void theAnswersFileHoldsEveryChoiceLabel() {
        Set<String> answers = new HashSet<>();
        CrisisEvaluation.read("/crisis/own-answers.tsv").forEach(c -> answers.add(c.text()));
        assertThat(answers).containsAll(labels());
    }

    /** Every choice label in fi, sv and en, and for a label of eight letters or more the same without its third letter. */
    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Item item : BOOK.instrument().items().values()) {
            for (Choice choice : item.choices()) {
                for (Language lang : Language.values()) {
                    String label = choice.label().in(lang);
                    labels.add(label);
                    if (label.length() >= 8) {
                        labels.add(label.substring(0, 2) + label.substring(3));
                    }
                }
            }
        }
        assertThat(labels).hasSizeGreaterThan(100);
        return labels;
    }
}
