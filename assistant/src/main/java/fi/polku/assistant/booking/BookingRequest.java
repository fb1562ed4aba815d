package fi.polku.assistant.booking;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/bookings}; every member is optional here so that the validator can name each missing
 * one.
 *
 * @param holdId the hold the resident has on the slot, if any; its seat becomes the booking's
 */
record BookingRequest(
        @Nullable String lang,
        @Nullable String screeningId,
        @Nullable String slotId,
        @Nullable String holdId,
        @Nullable ContactRequest contact,
        @Nullable Boolean consentToShare,
        @Nullable String notes) {

    /** The contact details as typed. */
    record ContactRequest(
            @Nullable String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String language,
            @Nullable String interpreter,
            @Nullable String accessibility,
            @Nullable String bestTimeToCall) {}
}
