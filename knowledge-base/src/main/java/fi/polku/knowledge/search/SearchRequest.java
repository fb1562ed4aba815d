package fi.polku.knowledge.search;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import org.jspecify.annotations.Nullable;

/**
 * A free-text service search; {@code language} sets titles and snippets and is preferred in ranking. A municipality,
 * segment or age (the resident's, in years) filters the services; null filters nothing.
 */
public record SearchRequest(
        String text,
        Language language,
        int limit,
        @Nullable String municipality,
        @Nullable Segment segment,
        @Nullable Integer age) {

    /** A search with no age filter. */
    public SearchRequest(
            String text, Language language, int limit, @Nullable String municipality, @Nullable Segment segment) {
        this(text, language, limit, municipality, segment, null);
    }

    /** A search with no municipality or segment filter. */
    public static SearchRequest of(String text, Language language, int limit) {
        return new SearchRequest(text, language, limit, null, null);
    }
}
