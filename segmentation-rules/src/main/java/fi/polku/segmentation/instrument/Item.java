package fi.polku.segmentation.instrument;

import fi.polku.segmentation.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One question of the instrument: its id, type, range or choices, texts and display condition. A profile item
 * has an {@code area} and names its free-text {@code helpItem}; that help item names the item it belongs to in
 * {@code helpFor}.
 */
public record Item(
        String id,
        ItemType type,
        LocalizedText label,
        @Nullable LocalizedText help,
        @Nullable Integer min,
        @Nullable Integer max,
        @Nullable LocalizedText minLabel,
        @Nullable LocalizedText maxLabel,
        @Nullable Integer maxLength,
        List<Choice> choices,
        List<String> exclusive,
        @Nullable ShowWhen showWhen,
        @Nullable String area,
        @Nullable String helpItem,
        @Nullable String helpFor) {

    public Item {
        choices = List.copyOf(choices);
        exclusive = List.copyOf(exclusive);
    }

    /** The choice with this value, if the item has one. */
    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    /** The allowed values of an enum or set item, in display order. */
    public List<String> values() {
        return choices.stream().map(Choice::value).toList();
    }
}
