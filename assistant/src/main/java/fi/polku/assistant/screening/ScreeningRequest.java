package fi.polku.assistant.screening;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/screenings}. {@code answers} is read as raw JSON (a map of Integer, Long, Double,
 * Boolean, String, List, Map or null) so that the validator sees the exact JSON types.
 */
record ScreeningRequest(
        @Nullable String lang,
        @Nullable Object answers,
        @Nullable String source) {}
