package fi.polku.knowledge.search;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import org.jspecify.annotations.Nullable;

/** A free-text service search; {@code language} sets titles and snippets and is preferred in ranking. */
public record SearchRequest(
        String text,
        Language language,
        int limit,
        @Nullable String municipality,
        @Nullable Segment segment) {

    /** A search with no municipality or segment filter. */
    public static SearchRequest of(String text, Language language, int limit) {
        return new SearchRequest(text, language, limit, null, null);
    }
}
