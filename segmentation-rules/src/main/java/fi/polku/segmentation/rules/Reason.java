package fi.polku.segmentation.rules;

import fi.polku.segmentation.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Why a decision was made, in every language, with the facts the reason names. */
public record Reason(String rule, Map<Language, String> texts, List<String> facts) {

    public Reason {
        texts = Map.copyOf(new EnumMap<>(texts));
        facts = List.copyOf(facts);
    }

    /** The reason in the given language, falling back to Finnish. */
    public String text(Language lang) {
        String text = texts.get(lang);
        return text != null ? text : texts.getOrDefault(Language.FI, "");
    }
}
