/**
 * The booking-system port: where a booked time is kept. The built-in calendar keeps it itself; the FHIR adapter also
 * creates and cancels it as an R4 Appointment in an external scheduling system ({@code polku.booking.system=fhir}).
 */
@NullMarked
package fi.polku.assistant.external;

import org.jspecify.annotations.NullMarked;
