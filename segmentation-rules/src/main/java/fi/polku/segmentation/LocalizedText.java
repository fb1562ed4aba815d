package fi.polku.segmentation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A text in Finnish, Swedish and English; a missing translation falls back to Finnish. */
public record LocalizedText(String fi, String sv, String en) {

    public LocalizedText {
        Objects.requireNonNull(fi, "fi");
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the given language, or the Finnish one when that language is blank. */
    public String in(Language lang) {
        String text = switch (lang) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
        return text.isBlank() ? fi : text;
    }

    /** The three texts keyed by language, in enum order. */
    public Map<Language, String> asMap() {
        Map<Language, String> map = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            map.put(lang, in(lang));
        }
        return Map.copyOf(map);
    }
}
