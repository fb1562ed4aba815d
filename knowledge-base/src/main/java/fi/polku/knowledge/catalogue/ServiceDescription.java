package fi.polku.knowledge.catalogue;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One service of the catalogue: its tags (where, for whom, which needs), its contact channels (general and per
 * municipality), who it is for ({@link Eligibility}) and its texts.
 */
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
        String source,
        List<LocalChannels> local,
        Eligibility eligibility) {

    /** The municipality value of a service that is available everywhere in Finland. */
    public static final String NATIONWIDE = "nationwide";

    public ServiceDescription {
        municipalities = List.copyOf(municipalities);
        segments = Set.copyOf(segments);
        supportAreas = Set.copyOf(supportAreas);
        profileAreas = Set.copyOf(profileAreas);
        channels = List.copyOf(channels);
        local = List.copyOf(local);
        if (!texts.containsKey(Language.FI)) {
            throw new IllegalArgumentException("service " + id + " has no Finnish text");
        }
        texts = Map.copyOf(new EnumMap<>(texts));
    }

    /** A service with no local channels and no eligibility limits (e.g. imported descriptions). */
    public ServiceDescription(
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
        this(
                id,
                providerType,
                municipalities,
                segments,
                supportAreas,
                profileAreas,
                bookingTarget,
                channels,
                checked,
                texts,
                source,
                List.of(),
                Eligibility.OPEN);
    }

    /** The local channels of the municipality (a slug), if the service has any there. */
    public Optional<LocalChannels> localChannels(@Nullable String municipality) {
        return local.stream().filter(l -> l.municipality().equals(municipality)).findFirst();
    }

    /** The channels for a resident of the municipality: its local ones first, then the general ones. */
    public List<Channel> channelsFor(@Nullable String municipality) {
        return localChannels(municipality)
                .map(l ->
                        Stream.concat(l.channels().stream(), channels.stream()).toList())
                .orElse(channels);
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
