package fi.polku.knowledge.catalogue;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One service of the catalogue: its tags (where, for whom, which needs), its contact channels and its texts. */
public record ServiceDescription(
        String id,
        String providerType,
        List<String> municipalities,
        Set<Segment> segments,
        Set<SupportArea> supportAreas,
        Set<ProfileArea> profileAreas,
        @Nullable BookingTarget bookingTarget,
        List<Channel> channels,
        String checked,
        Map<Language, ServiceText> texts,
        String source) {

    /** The municipality value of a service that is available everywhere in Finland. */
    public static final String NATIONWIDE = "nationwide";

    public ServiceDescription {
        municipalities = List.copyOf(municipalities);
        segments = Set.copyOf(segments);
        supportAreas = Set.copyOf(supportAreas);
        profileAreas = Set.copyOf(profileAreas);
        channels = List.copyOf(channels);
        if (!texts.containsKey(Language.FI)) {
            throw new IllegalArgumentException("service " + id + " has no Finnish text");
        }
        texts = Map.copyOf(new EnumMap<>(texts));
    }

    /** The text in the language, falling back to Finnish; {@link ServiceText#language()} tells which one it is. */
    public ServiceText text(Language lang) {
        ServiceText text = texts.get(lang);
        return text != null ? text : texts.get(Language.FI);
    }

    /** True when the service is nationwide or offered in the municipality (a slug). */
    public boolean availableIn(String municipality) {
        return municipalities.contains(NATIONWIDE) || municipalities.contains(municipality);
    }

    /** True when the service is offered everywhere in Finland. */
    public boolean nationwide() {
        return municipalities.contains(NATIONWIDE);
    }
}
