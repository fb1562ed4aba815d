package fi.polku.assistant.screening;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Answers;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.Municipalities;
import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.rules.RuleBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Every shown question with its answer in words, section by section, for the summary before confirming. */
@Component
class AnswerSummary {

    /** One section of the summary; {@code number} is where its edit link leads. */
    record SummarySection(int number, String title, List<SummaryAnswer> answers) {}

    /** A question and its answer; {@code answer} is null when it was not answered. */
    record SummaryAnswer(String question, @Nullable String answer) {}

    private final ApiMessages messages;

    AnswerSummary(ApiMessages messages) {
        this.messages = messages;
    }

    List<SummarySection> of(RuleBook book, Map<String, Object> answers, Language lang) {
        Instrument instrument = book.instrument();
        Answers known = Answers.restore(answers);
        List<SummarySection> sections = new ArrayList<>();
        for (int i = 0; i < instrument.sections().size(); i++) {
            Section section = instrument.sections().get(i);
            List<SummaryAnswer> rows = new ArrayList<>();
            for (Item item : section.items()) {
                boolean help = item.helpFor() != null;
                Item owner = help ? instrument.item(item.helpFor()).orElse(item) : item;
                if (owner.showWhen() != null && !owner.showWhen().shows(known)) {
                    continue;
                }
                Object answer = answers.get(item.id());
                if (help && answer == null) {
                    continue; // an empty "what would help" is no news
                }
                rows.add(new SummaryAnswer(
                        item.label().in(lang),
                        answer == null ? null : words(item, answer, book.municipalities(), lang)));
            }
            sections.add(new SummarySection(i + 1, section.title().in(lang), rows));
        }
        return sections;
    }

    private String words(Item item, Object answer, Municipalities municipalities, Language lang) {
        return switch (item.type()) {
            case BOOLEAN ->
                Boolean.TRUE.equals(answer)
                        ? messages.text("screening.answer.yes", lang)
                        : Boolean.FALSE.equals(answer)
                                ? messages.text("screening.answer.no", lang)
                                : String.valueOf(answer);
            case SCALE -> messages.text("screening.summary.scale", lang, answer, item.max());
            case ENUM -> label(item, String.valueOf(answer), lang);
            case SET ->
                answer instanceof List<?> list
                        ? list.stream()
                                .map(v -> label(item, String.valueOf(v), lang))
                                .collect(Collectors.joining(", "))
                        : String.valueOf(answer);
            case MUNICIPALITY ->
                municipalities
                        .find(String.valueOf(answer))
                        .filter(m -> !m.slug().equals(Municipalities.OTHER))
                        .map(m -> lang == Language.SV ? m.nameSv() : m.nameFi())
                        .orElseGet(() -> messages.text("screening.municipality.other", lang));
            case INTEGER, TEXT -> String.valueOf(answer);
        };
    }

    private static String label(Item item, String value, Language lang) {
        return item.choice(value).map(choice -> choice.label().in(lang)).orElse(value);
    }
}
