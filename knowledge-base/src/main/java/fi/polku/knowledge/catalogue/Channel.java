package fi.polku.knowledge.catalogue;

import fi.polku.segmentation.Language;
import java.util.Map;

/** A way to reach a service: a web address, a phone number or a place, with a label per language. */
public record Channel(String type, String value, Map<Language, String> labels) {

    public Channel {
        labels = Map.copyOf(labels);
    }

    /** The label in the language, else in Finnish, else the value itself. */
    public String label(Language lang) {
        String label = labels.get(lang);
        if (label == null) {
            label = labels.get(Language.FI);
        }
        return label != null ? label : value;
    }
}
