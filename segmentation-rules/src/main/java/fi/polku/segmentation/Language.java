package fi.polku.segmentation;

import java.util.Locale;

/** A language Polku speaks with residents and staff: Finnish, Swedish or English. */
public enum Language {
    FI,
    SV,
    EN;

    /** The language for a tag such as {@code "sv"} or {@code "sv-FI"}; anything unsupported falls back to Finnish. */
    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return FI;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "sv" -> SV;
            case "en" -> EN;
            default -> FI;
        };
    }

    /** The lower-case tag used in the API and the data files. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }
}
