package fi.polku.assistant.external;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The external FHIR R4 scheduling system ({@code polku.booking.fhir.*}).
 *
 * @param baseUrl the FHIR base, e.g. {@code https://ajanvaraus.example.fi/fhir}
 * @param connectTimeout how long a connection may take
 * @param responseTimeout how long the whole answer may take; a slower answer counts as a failure
 * @param identifierSystem the identifier system under which the booking id names the Appointment
 * @param slotSearch true (default): slots come from the system's Slot search and a booking is made there first;
 *     false: slots come from Polku's calendars and bookings are only delivered through the outbox
 * @param schedules the Schedule each calendar's Slots belong to, by calendar id (default {@code Schedule/<calendar
 *     id>})
 */
@ConfigurationProperties("polku.booking.fhir")
public record FhirBookingSettings(
        @Nullable URI baseUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration responseTimeout,
        @DefaultValue("urn:polku:booking") String identifierSystem,
        @DefaultValue("true") boolean slotSearch,
        @Nullable Map<String, String> schedules) {

    /** The Schedule reference of a calendar's Slots. */
    public String schedule(String calendarId) {
        String schedule = schedules == null ? null : schedules.get(calendarId);
        return schedule != null ? schedule : "Schedule/" + calendarId;
    }
}
