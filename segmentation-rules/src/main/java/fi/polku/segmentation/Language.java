package fi.polku.segmentation;

import java.util.Locale;

/** A language Polku speaks with residents and staff: Finnish, Swedish or English. */
public enum Language {
    FI,
    SV,
    EN;

    // Parsed once: locale() is called per recommendation and per message.
    private final Locale locale = Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));

    /** The language for a tag such as {@code "sv"} or {@code "sv-FI"}; anything unsupported falls back to Finnish. */
    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return FI;
        }
        String trimmed = tag.strip();
        int end = 0;
        while (end < trimmed.length() && trimmed.charAt(end) != '-' && trimmed.charAt(end) != '_') {
            end++;
        }
        String primary = trimmed.substring(0, end).toLowerCase(Locale.ROOT);
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
        return locale;
    }
}
