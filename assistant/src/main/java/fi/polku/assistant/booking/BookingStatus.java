package fi.polku.assistant.booking;

/** A booking is confirmed until the resident cancels it; a cancelled booking stays cancelled. */
public enum BookingStatus {
    CONFIRMED,
    CANCELLED
}
