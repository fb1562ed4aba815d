package fi.polku.assistant.booking;

import fi.polku.segmentation.Language;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A channel a calendar offers, on some weekdays or all; a visit names its place and how accessible it is.
 *
 * @param days the weekdays it is offered on; empty means every opening day
 */
public record ChannelOffer(
        Channel type, Set<DayOfWeek> days, Map<Language, String> place, Map<Language, String> accessibility) {

    public ChannelOffer {
        days = Set.copyOf(days);
        place = Map.copyOf(place);
        accessibility = Map.copyOf(accessibility);
    }

    boolean offeredOn(DayOfWeek day) {
        return days.isEmpty() || days.contains(day);
    }

    /** The place in the language, else in Finnish; null for phone and video. */
    public @Nullable String place(Language language) {
        return place.getOrDefault(language, place.get(Language.FI));
    }

    /** The accessibility of the place in the language, else in Finnish; null when none is given. */
    public @Nullable String accessibility(Language language) {
        return accessibility.getOrDefault(language, accessibility.get(Language.FI));
    }
}
