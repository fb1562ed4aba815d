package fi.polku.segmentation.instrument;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The instrument in one language, shaped as the JSON of {@code GET /api/questionnaire}. */
public record QuestionnaireView(String version, String language, List<SectionView> sections) {

    public QuestionnaireView {
        sections = List.copyOf(sections);
    }

    /** One section of the questionnaire in one language. */
    public record SectionView(
            String id, String title, @Nullable String intro, List<ItemView> items) {

        public SectionView {
            items = List.copyOf(items);
        }
    }

    /** One item in one language; fields that do not apply to its type are null. */
    public record ItemView(
            String id,
            String type,
            String label,
            @Nullable String help,
            @Nullable Integer min,
            @Nullable Integer max,
            @Nullable String minLabel,
            @Nullable String maxLabel,
            @Nullable Integer maxLength,
            List<ChoiceView> choices,
            @Nullable ShowWhen showWhen,
            @Nullable String area,
            @Nullable String helpItem,
            @Nullable String helpFor) {

        public ItemView {
            choices = List.copyOf(choices);
        }
    }

    /** One allowed value with its label in one language. */
    public record ChoiceView(String value, String label) {}

    static QuestionnaireView of(String version, List<Section> sections, Language lang) {
        List<SectionView> views = sections.stream()
                .map(s -> new SectionView(
                        s.id(),
                        s.title().in(lang),
                        text(s.intro(), lang),
                        s.items().stream().map(i -> item(i, lang)).toList()))
                .toList();
        return new QuestionnaireView(version, lang.tag(), views);
    }

    private static ItemView item(Item item, Language lang) {
        return new ItemView(
                item.id(),
                item.type().id(),
                item.label().in(lang),
                text(item.help(), lang),
                item.min(),
                item.max(),
                text(item.minLabel(), lang),
                text(item.maxLabel(), lang),
                item.maxLength(),
                item.choices().stream()
                        .map(c -> new ChoiceView(c.value(), c.label().in(lang)))
                        .toList(),
                item.showWhen(),
                item.area(),
                item.helpItem(),
                item.helpFor());
    }

    private static @Nullable String text(@Nullable LocalizedText text, Language lang) {
        return text == null ? null : text.in(lang);
    }
}
