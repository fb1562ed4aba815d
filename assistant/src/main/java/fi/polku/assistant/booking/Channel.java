package fi.polku.assistant.booking;

import java.util.Locale;
import java.util.Optional;

/** How a booked meeting takes place. */
public enum Channel {
    PHONE,
    VIDEO,
    VISIT;

    /** The lower-case code used in the API, slot ids and data files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel of a code such as {@code visit}, or empty. */
    public static Optional<Channel> fromCode(String code) {
        for (Channel channel : values()) {
            if (channel.code().equals(code)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
