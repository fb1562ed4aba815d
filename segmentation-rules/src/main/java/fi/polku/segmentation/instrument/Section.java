package fi.polku.segmentation.instrument;

import fi.polku.segmentation.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of the questionnaire: its title, an optional introduction and its items in order. */
public record Section(
        String id, LocalizedText title, @Nullable LocalizedText intro, List<Item> items) {

    public Section {
        items = List.copyOf(items);
    }
}
