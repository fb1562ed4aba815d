package fi.polku.knowledge.recommendation;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a screening tells about a resident's needs: segment, wanted support areas, the answered profile areas' scores
 * (an unanswered area is absent), home municipality (a slug, or null), language, whether it is a crisis, and the
 * background answers ({@link Background}) that rule services out or put them first.
 */
public record ProfileQuery(
        Segment segment,
        Set<SupportArea> supportAreas,
        Map<ProfileArea, Double> areaScores,
        @Nullable String municipality,
        Language language,
        boolean crisis,
        Background background) {

    public ProfileQuery {
        supportAreas = Set.copyOf(supportAreas);
        areaScores = Map.copyOf(areaScores);
    }

    /** A query with no background answers. */
    public ProfileQuery(
            Segment segment,
            Set<SupportArea> supportAreas,
            Map<ProfileArea, Double> areaScores,
            @Nullable String municipality,
            Language language,
            boolean crisis) {
        this(segment, supportAreas, areaScores, municipality, language, crisis, Background.UNKNOWN);
    }
}
