package fi.polku.knowledge.search;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a screening tells about a resident's needs: segment, wanted support areas, profile area scores, place. */
public record ProfileQuery(
        Segment segment,
        Set<String> supportAreas,
        Map<String, Double> areaScores,
        @Nullable String municipality,
        Language language,
        boolean crisis) {

    public ProfileQuery {
        supportAreas = Set.copyOf(supportAreas);
        // area scores may hold nulls for unanswered areas (FunctioningProfile), so copy leniently
        areaScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(areaScores));
    }
}
