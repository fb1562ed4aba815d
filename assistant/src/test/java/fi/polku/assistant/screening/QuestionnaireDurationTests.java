package fi.polku.assistant.screening;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.LocalizedText;
import fi.polku.segmentation.instrument.Choice;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.rules.RuleBook;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The front page says the questionnaire takes "about 5 to 10 minutes". A keystroke-level estimate over the bundled
 * instrument keeps that true when questions are added: every text read at 150 words a minute (a typical adult
 * reading plain language; second-language readers are slower), plus a time to answer each type of question and
 * to turn each page, with the free texts left empty. The README gives the figures per language and for slower readers.
 */
class QuestionnaireDurationTests {

    static final double WORDS_PER_MINUTE = 150;

    @ParameterizedTest
    @EnumSource(Language.class)
    void takesAboutFiveToTenMinutesForATypicalReader(Language lang) {
        Duration estimate = estimate(RuleBook.loadBundled().instrument(), lang, WORDS_PER_MINUTE);

        assertThat(estimate).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(10));
    }

    static Duration estimate(Instrument instrument, Language lang, double wordsPerMinute) {
        double words = 0;
        double answerSeconds = 0;
        for (Section section : instrument.sections()) {
            words += words(section.title(), lang) + words(section.intro(), lang);
            answerSeconds += 3; // find and press "Next"
            for (Item item : section.items()) {
                words += words(item.label(), lang) + words(item.help(), lang);
                words += words(item.minLabel(), lang) + words(item.maxLabel(), lang);
                for (Choice choice : item.choices()) {
                    words += words(choice.label(), lang);
                }
                answerSeconds += switch (item.type()) {
                    case BOOLEAN, ENUM -> 3;
                    case SCALE -> 4;
                    case INTEGER -> 6;
                    case MUNICIPALITY -> 8;
                    case SET -> 10;
                    case TEXT -> 0; // optional; left empty
                };
            }
        }
        return Duration.ofSeconds(Math.round(words / wordsPerMinute * 60 + answerSeconds));
    }

    private static int words(@Nullable LocalizedText text, Language lang) {
        return text == null ? 0 : text.in(lang).split("\\s+").length;
    }
}
