package fi.polku.assistant.booking;

/** A resident cancelled a booking; its slot is free again. Carries no personal data. */
public record BookingCancelled(String bookingId) {}
