package fi.polku.assistant.external;

import java.net.URI;
import java.time.Duration;
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
 */
@ConfigurationProperties("polku.booking.fhir")
public record FhirBookingSettings(
        @Nullable URI baseUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration responseTimeout,
        @DefaultValue("urn:polku:booking") String identifierSystem) {}
