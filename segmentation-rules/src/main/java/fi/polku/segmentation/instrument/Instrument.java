package fi.polku.segmentation.instrument;

import fi.polku.segmentation.Language;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The screening questionnaire: sections of items with types, ranges, texts and display conditions. */
public final class Instrument {

    private final String version;
    private final List<Section> sections;
    private final Map<String, Item> items;
    private final Map<Language, QuestionnaireView> views = new EnumMap<>(Language.class);

    /** An instrument of these sections; item ids must be unique across sections. */
    public Instrument(String version, List<Section> sections) {
        this.version = version;
        this.sections = List.copyOf(sections);
        Map<String, Item> byId = new LinkedHashMap<>();
        for (Section section : sections) {
            for (Item item : section.items()) {
                if (byId.putIfAbsent(item.id(), item) != null) {
                    throw new IllegalArgumentException("duplicate item id " + item.id());
                }
            }
        }
        this.items = java.util.Collections.unmodifiableMap(byId);
        for (Language lang : Language.values()) {
            views.put(lang, QuestionnaireView.of(version, this.sections, lang));
        }
    }

    /** The version of the rule set this instrument belongs to. */
    public String version() {
        return version;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Every item in questionnaire order, keyed by id. */
    public Map<String, Item> items() {
        return items;
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** The questionnaire in one language, as served by the API. */
    public QuestionnaireView view(Language lang) {
        return views.get(lang);
    }

    /** The functioning-profile items (those with an area), in questionnaire order. */
    public List<Item> profileItems() {
        return items.values().stream().filter(i -> i.area() != null).toList();
    }
}
