/**
 * Booking a time with service guidance or the work-ability team: calendars as data, the slots they offer, holds
 * while the form is filled in, bookings taken atomically, cancellation and the calendar file. Storage adapters live
 * in {@code memory} and {@code redis}.
 */
@NullMarked
package fi.polku.assistant.booking;

import org.jspecify.annotations.NullMarked;
