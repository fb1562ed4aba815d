package fi.polku.segmentation.rules;

import fi.polku.segmentation.LocalizedText;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.instrument.Choice;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.ItemType;
import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.instrument.ShowWhen;
import fi.polku.segmentation.yaml.YamlMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the instrument section files: one section per file, items with types, ranges, texts and conditions. */
final class InstrumentReader {

    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "intro", "items", "help_item", "scale");
    private static final Set<String> ITEM_KEYS = Set.of(
            "id",
            "type",
            "label",
            "help",
            "min",
            "max",
            "min_label",
            "max_label",
            "max_length",
            "choices",
            "exclusive",
            "show_when",
            "area",
            "help_label");
    private static final Set<String> AREAS =
            Set.copyOf(Arrays.stream(ProfileArea.values()).map(ProfileArea::id).toList());
    private static final String HELP_SUFFIX = "_help";

    private final List<Section> sections = new ArrayList<>();
    private final Map<String, YamlMap> conditions = new HashMap<>();

    void read(YamlMap file) {
        file.allowOnly(SECTION_KEYS);
        YamlMap scale =
                file.has("scale") ? file.map("scale").allowOnly(Set.of("min", "max", "min_label", "max_label")) : null;
        YamlMap helpItem = file.has("help_item") ? file.map("help_item").allowOnly(Set.of("max_length", "help")) : null;
        List<Item> items = new ArrayList<>();
        for (YamlMap entry : file.maps("items")) {
            Item item = item(entry.named(entry.string("id")).allowOnly(ITEM_KEYS), scale, helpItem);
            items.add(item);
            if (item.helpItem() != null && helpItem != null) {
                items.add(help(item, entry, helpItem));
            }
        }
        sections.add(new Section(file.string("id"), file.text("title"), file.optionalText("intro"), items));
    }

    Instrument instrument(String version) {
        Map<String, Item> known = new HashMap<>();
        sections.forEach(s -> s.items().forEach(i -> known.put(i.id(), i)));
        conditions.forEach((itemId, at) -> {
            String target = at.string("item");
            if (!known.containsKey(target)) {
                throw at.error("show_when names an unknown item '" + target + "'");
            }
        });
        try {
            return new Instrument(version, sections);
        } catch (IllegalArgumentException e) {
            throw new RuleBookException("instrument", null, 0, e.getMessage());
        }
    }

    private Item item(YamlMap entry, @Nullable YamlMap scale, @Nullable YamlMap helpItem) {
        String id = entry.string("id");
        if (id.endsWith(HELP_SUFFIX)) {
            throw entry.error("id", "ids ending in _help are made for profile items; do not declare them");
        }
        String area = entry.optionalString("area");
        if (area != null && !AREAS.contains(area)) {
            throw entry.error(
                    "area", "unknown profile area '" + area + "' (allowed: " + String.join(", ", AREAS) + ")");
        }
        ItemType type = type(entry, scale);
        YamlMap range = scale != null && !entry.has("min") ? scale : entry;
        Integer min = range.optionalInteger("min");
        Integer max = range.optionalInteger("max");
        if (type.numeric() && (min == null || max == null || min > max)) {
            throw entry.error("a " + type.id() + " item needs min <= max");
        }
        List<Choice> choices = entry.has("choices")
                ? entry.maps("choices").stream()
                        .map(c ->
                                new Choice(c.allowOnly(Set.of("value", "label")).string("value"), c.text("label")))
                        .toList()
                : List.of();
        if ((type == ItemType.ENUM || type == ItemType.SET) && choices.isEmpty()) {
            throw entry.error("a " + type.id() + " item needs choices");
        }
        List<String> exclusive = entry.has("exclusive") ? entry.strings("exclusive") : List.of();
        Integer maxLength = entry.optionalInteger("max_length");
        if (type == ItemType.TEXT && maxLength == null) {
            throw entry.error("a text item needs max_length");
        }
        LocalizedText minLabel = labelOf(entry, scale, "min_label");
        LocalizedText maxLabel = labelOf(entry, scale, "max_label");
        if (type == ItemType.SCALE && (minLabel == null || maxLabel == null)) {
            throw entry.error("a scale item needs min_label and max_label that answer its own question");
        }
        if (area != null && helpItem != null && !entry.has("help_label")) {
            throw entry.error("a profile item names its topic in help_label, the label of its free-text item");
        }
        if (entry.has("help_label") && (area == null || helpItem == null)) {
            throw entry.error("help_label", "only a profile item in a section with help_item has a free-text item");
        }
        ShowWhen showWhen = entry.has("show_when") ? showWhen(id, entry.map("show_when")) : null;
        return new Item(
                id,
                type,
                entry.text("label"),
                entry.optionalText("help"),
                type.numeric() ? min : null,
                type.numeric() ? max : null,
                minLabel,
                maxLabel,
                maxLength,
                choices,
                exclusive,
                showWhen,
                area,
                area != null && helpItem != null ? id + HELP_SUFFIX : null,
                null);
    }

    private static ItemType type(YamlMap entry, @Nullable YamlMap scale) {
        String name = entry.optionalString("type");
        if (name == null) {
            if (scale != null) {
                return ItemType.SCALE;
            }
            throw entry.error("missing key 'type'");
        }
        try {
            return ItemType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw entry.error("type", "unknown type '" + name + "'");
        }
    }

    private static @Nullable LocalizedText labelOf(YamlMap entry, @Nullable YamlMap scale, String key) {
        if (entry.has(key)) {
            return entry.text(key);
        }
        return scale != null ? scale.optionalText(key) : null;
    }

    private ShowWhen showWhen(String id, YamlMap condition) {
        condition.allowOnly(Set.of("item", "in", "not_in"));
        if (condition.has("in") == condition.has("not_in")) {
            throw condition.error("show_when needs exactly one of 'in' or 'not_in'");
        }
        conditions.put(id, condition);
        return new ShowWhen(
                condition.string("item"),
                condition.has("in") ? condition.strings("in") : null,
                condition.has("not_in") ? condition.strings("not_in") : null);
    }

    private static Item help(Item item, YamlMap entry, YamlMap template) {
        return new Item(
                item.helpItem(),
                ItemType.TEXT,
                entry.text("help_label"),
                template.optionalText("help"),
                null,
                null,
                null,
                null,
                template.integer("max_length"),
                List.of(),
                List.of(),
                null,
                null,
                null,
                item.id());
    }
}
