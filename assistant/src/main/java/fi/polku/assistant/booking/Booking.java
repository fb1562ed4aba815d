package fi.polku.assistant.booking;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A booked time. The cancel token itself is never stored, only its SHA-256 ({@code tokenHash}, hex), which is
 * compared in constant time.
 *
 * @param municipality the municipality of the team that receives it (the calendar's)
 * @param sequence the calendar file's SEQUENCE: 0 when booked, higher after each change
 * @param source the partner code the screening came through, or null
 * @param externalSlotId the external scheduling system's Slot that was booked, or null for Polku's own calendar
 */
public record Booking(
        String id,
        String tokenHash,
        String screeningId,
        BookingTarget target,
        String calendarId,
        String municipality,
        Instant start,
        Instant end,
        Channel channel,
        Contact contact,
        boolean consentToShare,
        @Nullable String notes,
        Language language,
        @Nullable String source,
        BookingStatus status,
        int sequence,
        Instant createdAt,
        @Nullable Instant cancelledAt,
        @Nullable String externalSlotId) {

    /** The booked slot, in Finnish time. */
    public Slot slot() {
        return new Slot(calendarId, start.atZone(Slot.ZONE), end.atZone(Slot.ZONE), channel, externalSlotId);
    }

    /** The same booking, cancelled now, with the calendar file's sequence raised. */
    public Booking cancelled(Instant now) {
        return new Booking(
                id,
                tokenHash,
                screeningId,
                target,
                calendarId,
                municipality,
                start,
                end,
                channel,
                contact,
                consentToShare,
                notes,
                language,
                source,
                BookingStatus.CANCELLED,
                sequence + 1,
                createdAt,
                now,
                externalSlotId);
    }

    /** The same booking without the resident's details (no name, phone, e-mail, notes or consent). */
    public Booking withoutContact() {
        return new Booking(
                id,
                tokenHash,
                screeningId,
                target,
                calendarId,
                municipality,
                start,
                end,
                channel,
                new Contact("", null, null, null, null, null, null),
                false,
                null,
                language,
                source,
                status,
                sequence,
                createdAt,
                cancelledAt,
                externalSlotId);
    }

    /** The owner name of its seat in the {@link SlotLedger}. */
    public String seatOwner() {
        return "booking:" + id;
    }
}
