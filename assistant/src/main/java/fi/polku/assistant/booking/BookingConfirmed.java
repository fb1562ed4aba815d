package fi.polku.assistant.booking;

import fi.polku.segmentation.BookingTarget;
import java.time.Instant;

/** A resident booked a time; the referral to the team is made from it. Carries no personal data. */
public record BookingConfirmed(String bookingId, BookingTarget target, String municipality, Instant start) {}
