package fi.polku.assistant.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.polku.knowledge.catalogue.Channel;
import fi.polku.knowledge.catalogue.LocalChannels;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of one service in one language (Finnish when the asked one is missing; {@code language} tells). With a
 * municipality, that municipality's local channels come first, each naming its municipality and check date.
 */
record ServiceView(
        String id,
        String language,
        String title,
        String summary,
        String descriptionHtml,
        String providerType,
        List<String> targetGroups,
        List<String> municipalities,
        List<ChannelView> channels,
        String checked) {

    static ServiceView of(ServiceDescription service, Language asked, @Nullable String municipality) {
        ServiceText text = service.text(asked);
        return new ServiceView(
                service.id(),
                text.language().tag(),
                text.title(),
                text.summary(),
                text.descriptionHtml(),
                service.providerType(),
                text.targetGroups(),
                service.municipalities(),
                channels(service, asked, municipality),
                service.checked());
    }

    private static List<ChannelView> channels(
            ServiceDescription service, Language asked, @Nullable String municipality) {
        List<ChannelView> views = new ArrayList<>();
        service.localChannels(municipality)
                .ifPresent(local -> local.channels().stream()
                        .map(channel -> ChannelView.of(channel, asked, local))
                        .forEach(views::add));
        service.channels().stream()
                .map(channel -> ChannelView.of(channel, asked, null))
                .forEach(views::add);
        return List.copyOf(views);
    }

    /**
     * A way to reach the service, labelled in the asked language; {@code municipality} and {@code checked} are set
     * only on a local channel (and left out of the JSON otherwise).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChannelView(
            String type,
            String label,
            String value,
            @Nullable String municipality,
            @Nullable String checked) {

        static ChannelView of(Channel channel, Language language, @Nullable LocalChannels local) {
            return new ChannelView(
                    channel.type(),
                    channel.label(language),
                    channel.value(),
                    local == null ? null : local.municipality(),
                    local == null ? null : local.checked());
        }
    }
}
