package fi.polku.knowledge.catalogue;

import java.util.List;

/**
 * How to reach a service in one municipality (e.g. Vaasa's work-ability team), with its own check date or
 * {@code unverified}; shown before the service's general channels to residents of that municipality.
 */
public record LocalChannels(String municipality, String checked, List<Channel> channels) {

    public LocalChannels {
        channels = List.copyOf(channels);
    }
}
