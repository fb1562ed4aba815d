package fi.polku.assistant.booking;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.polku.segmentation.Language;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * A slot in the API: start and end in Finnish time with their offset, e.g. {@code 2026-11-24T09:00:00+02:00}; a visit
 * adds its place and accessibility in the asked language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlotView(
        String id,
        String start,
        String end,
        String channel,
        boolean available,
        String team,
        @Nullable String place,
        @Nullable String accessibility) {

    /** The view of a slot under its public id (from the {@link SlotIdStore}, never its key). */
    static SlotView of(String id, Slot slot, boolean available, BookingCalendar calendar, Language language) {
        ChannelOffer offer =
                calendar.channel(slot.channel(), slot.start().toLocalDate()).orElse(null);
        return new SlotView(
                id,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(slot.start()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(slot.end()),
                slot.channel().code(),
                available,
                calendar.team(language),
                offer != null ? offer.place(language) : null,
                offer != null ? offer.accessibility(language) : null);
    }
}
