package fi.polku.assistant.services;

import fi.polku.knowledge.catalogue.Channel;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.segmentation.Language;
import java.util.List;

/** The JSON of one service in one language (Finnish when the asked one is missing; {@code language} tells). */
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

    static ServiceView of(ServiceDescription service, Language asked) {
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
                service.channels().stream()
                        .map(channel -> ChannelView.of(channel, asked))
                        .toList(),
                service.checked());
    }

    /** A way to reach the service, labelled in the asked language. */
    record ChannelView(String type, String label, String value) {

        static ChannelView of(Channel channel, Language language) {
            return new ChannelView(channel.type(), channel.label(language), channel.value());
        }
    }
}
