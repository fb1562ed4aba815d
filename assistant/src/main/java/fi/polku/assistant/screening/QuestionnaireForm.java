package fi.polku.assistant.screening;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.AnswerError;
import fi.polku.segmentation.instrument.Answers;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.ItemType;
import fi.polku.segmentation.instrument.Municipalities;
import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.instrument.ShowWhen;
import fi.polku.segmentation.rules.RuleBook;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Turns the instrument into form pages and posted forms back into answers. The rules' validator decides which
 * answers are bad; the page words the message for a resident (the API's messages name ids and JSON types).
 */
@Component
class QuestionnaireForm {

    /** The urgent-concern question of screening.md: a yes shows the crisis contacts first. */
    static final String URGENT_CONCERN = "urgent_concern";

    private final ApiMessages messages;

    QuestionnaireForm(ApiMessages messages) {
        this.messages = messages;
    }

    /**
     * Section {@code number} (1-based) of the instrument as a page, with the draft's answers and their errors.
     *
     * @param resumeCode the draft's resume code as shown to residents, or null before there is a draft
     */
    SectionPage page(
            RuleBook book,
            int number,
            Map<String, Object> answers,
            @Nullable String resumeCode,
            Language lang,
            boolean editing) {
        Instrument instrument = book.instrument();
        Section section = instrument.sections().get(number - 1);
        Map<String, String> errors = errors(book, section, answers, lang);
        Answers known = Answers.restore(answers);
        List<FieldView> fields = new ArrayList<>();
        List<SectionPage.ErrorLink> links = new ArrayList<>();
        for (Item item : section.items()) {
            if (item.helpFor() != null || !shown(item, section, known)) {
                continue;
            }
            FieldView field = field(item, instrument, book.municipalities(), answers, errors, lang);
            fields.add(field);
            addLink(links, field);
            if (field.helpText() != null) {
                addLink(links, field.helpText());
            }
        }
        return new SectionPage(
                number,
                instrument.sections().size(),
                section.id(),
                section.title().in(lang),
                section.intro() == null ? null : section.intro().in(lang),
                fields,
                links,
                editing,
                crisis(book, answers),
                resumeCode);
    }

    /** The section's answers from a posted form, as typed: a number that does not parse stays text and is refused. */
    Map<String, Object> read(Section section, MultiValueMap<String, String> form) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Item item : section.items()) {
            if (item.type() == ItemType.SET) {
                List<String> values = form.getOrDefault(item.id(), List.of()).stream()
                        .filter(value -> !value.isBlank())
                        .distinct()
                        .toList();
                if (!values.isEmpty()) {
                    answers.put(item.id(), values);
                }
                continue;
            }
            String raw = form.getFirst(item.id());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            answers.put(item.id(), typed(item.type(), raw));
        }
        return answers;
    }

    /** The answers the screening gets: those of shown questions only (a hidden question's answer is dropped). */
    static Map<String, Object> shownAnswers(Instrument instrument, Map<String, Object> answers) {
        Answers known = Answers.restore(answers);
        Map<String, Object> shown = new LinkedHashMap<>();
        answers.forEach((id, value) -> instrument.item(id).ifPresent(item -> {
            Item owner = item.helpFor() == null
                    ? item
                    : instrument.item(item.helpFor()).orElse(item);
            if (owner.showWhen() == null || owner.showWhen().shows(known)) {
                shown.put(id, value);
            }
        }));
        return shown;
    }

    /** Whether these answers hold a crisis: a yes to the urgent question or a free text the phrase lists or the learned signal flag. */
    static boolean crisis(RuleBook book, Map<String, Object> answers) {
        if (Boolean.TRUE.equals(answers.get(URGENT_CONCERN))) {
            return true;
        }
        return answers.entrySet().stream()
                .filter(answer -> book.instrument()
                        .item(answer.getKey())
                        .map(item -> item.type() == ItemType.TEXT)
                        .orElse(false))
                .anyMatch(answer -> answer.getValue() instanceof String text && book.isCrisis(text));
    }

    /** The bad answers of one section, worded for the page, keyed by item id. */
    Map<String, String> errors(RuleBook book, Section section, Map<String, Object> answers, Language lang) {
        Map<String, Object> own = new LinkedHashMap<>();
        section.items().forEach(item -> {
            if (answers.containsKey(item.id())) {
                own.put(item.id(), answers.get(item.id()));
            }
        });
        Map<String, String> errors = new LinkedHashMap<>();
        for (AnswerError error : book.validator().check(own, lang).errors()) {
            book.instrument()
                    .item(error.field())
                    .ifPresent(item -> errors.put(item.id(), message(item, own.get(item.id()), lang)));
        }
        return errors;
    }

    /** The number of the section that holds an item, 1-based. */
    static int sectionOf(Instrument instrument, String itemId) {
        List<Section> sections = instrument.sections();
        return IntStream.range(0, sections.size())
                        .filter(i -> sections.get(i).items().stream()
                                .anyMatch(item -> item.id().equals(itemId)))
                        .findFirst()
                        .orElse(0)
                + 1;
    }

    private static boolean shown(Item item, Section section, Answers known) {
        ShowWhen condition = item.showWhen();
        if (condition == null) {
            return true;
        }
        boolean decidedHere =
                section.items().stream().anyMatch(other -> other.id().equals(condition.item()));
        // unanswered on this very page: the script hides it until the answer calls for it; without script it shows
        if (decidedHere && known.get(condition.item()).isEmpty()) {
            return true;
        }
        return condition.shows(known);
    }

    private FieldView field(
            Item item,
            Instrument instrument,
            Municipalities municipalities,
            Map<String, Object> answers,
            Map<String, String> errors,
            Language lang) {
        Object answer = answers.get(item.id());
        ShowWhen condition = item.showWhen();
        FieldView helpText = item.helpItem() == null
                ? null
                : instrument
                        .item(item.helpItem())
                        .map(help -> field(help, instrument, municipalities, answers, errors, lang))
                        .orElse(null);
        return new FieldView(
                item.id(),
                item.type().id(),
                item.label().in(lang),
                item.help() == null ? null : item.help().in(lang),
                answer == null || answer instanceof List<?> ? null : String.valueOf(answer),
                answer instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList()
                        : List.of(),
                options(item, municipalities, lang),
                item.maxLength(),
                item.minLabel() == null ? null : item.minLabel().in(lang),
                item.maxLabel() == null ? null : item.maxLabel().in(lang),
                errors.get(item.id()),
                condition == null ? null : condition.item(),
                condition == null || condition.in() == null ? null : String.join(" ", condition.in()),
                condition == null || condition.notIn() == null ? null : String.join(" ", condition.notIn()),
                helpText);
    }

    private List<FieldView.Option> options(Item item, Municipalities municipalities, Language lang) {
        return switch (item.type()) {
            case SCALE ->
                IntStream.rangeClosed(item.min() == null ? 0 : item.min(), item.max() == null ? 10 : item.max())
                        .mapToObj(n -> new FieldView.Option(String.valueOf(n), String.valueOf(n)))
                        .toList();
            case BOOLEAN ->
                List.of(
                        new FieldView.Option("true", messages.text("screening.answer.yes", lang)),
                        new FieldView.Option("false", messages.text("screening.answer.no", lang)));
            case ENUM, SET ->
                item.choices().stream()
                        .map(choice -> new FieldView.Option(
                                choice.value(), choice.label().in(lang)))
                        .toList();
            case MUNICIPALITY -> municipalityOptions(municipalities, lang);
            case INTEGER, TEXT -> List.of();
        };
    }

    /** Known municipalities by name in the page language (Swedish names on Swedish pages), then "another one". */
    private List<FieldView.Option> municipalityOptions(Municipalities municipalities, Language lang) {
        Collator collator = Collator.getInstance(lang.locale());
        List<FieldView.Option> options = new ArrayList<>(municipalities.all().stream()
                .filter(m -> !m.slug().equals(Municipalities.OTHER))
                .map(m -> new FieldView.Option(m.slug(), lang == Language.SV ? m.nameSv() : m.nameFi()))
                .sorted(Comparator.comparing(FieldView.Option::label, collator))
                .toList());
        options.add(new FieldView.Option(Municipalities.OTHER, messages.text("screening.municipality.other", lang)));
        return options;
    }

    private String message(Item item, @Nullable Object answer, Language lang) {
        return switch (item.type()) {
            case INTEGER, SCALE -> messages.text("screening.error.integer", lang, item.min(), item.max());
            case TEXT -> messages.text("screening.error.text", lang, item.maxLength());
            case SET ->
                answer instanceof List<?> list
                                && list.size() > 1
                                && list.stream().anyMatch(item.exclusive()::contains)
                        ? messages.text("screening.error.exclusive", lang, exclusiveLabel(item, lang))
                        : messages.text("screening.error.choice", lang);
            case BOOLEAN, ENUM, MUNICIPALITY -> messages.text("screening.error.choice", lang);
        };
    }

    private static String exclusiveLabel(Item item, Language lang) {
        return item.exclusive().stream()
                .flatMap(value -> item.choice(value).stream())
                .map(choice -> choice.label().in(lang))
                .findFirst()
                .orElse("");
    }

    private static Object typed(ItemType type, String raw) {
        String text = raw.strip();
        return switch (type) {
            case INTEGER, SCALE -> text.matches("-?[0-9]{1,9}") ? (Object) Integer.valueOf(text) : text;
            case BOOLEAN ->
                switch (text) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> text;
                };
            case TEXT -> raw;
            case ENUM, SET, MUNICIPALITY -> text;
        };
    }

    private static void addLink(List<SectionPage.ErrorLink> links, FieldView field) {
        if (field.error() != null) {
            links.add(new SectionPage.ErrorLink("#" + field.firstInputId(), field.label(), field.error()));
        }
    }
}
