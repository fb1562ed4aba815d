package fi.polku.assistant.external;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the booking system by {@code polku.booking.system}: {@code built-in} (default) or {@code fhir}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FhirBookingSettings.class)
class ExternalBookingConfiguration {

    @Bean
    @ConditionalOnProperty(name = "polku.booking.system", havingValue = "fhir")
    BookingSystem fhirBookingSystem(FhirBookingSettings settings) {
        return new FhirBookingSystem(settings);
    }

    @Bean
    @ConditionalOnProperty(name = "polku.booking.system", havingValue = "built-in", matchIfMissing = true)
    BookingSystem builtInBookingSystem() {
        return new BuiltInBookingSystem();
    }

    @Bean
    ExternalBookingHandoff externalBookingHandoff(BookingSystem system) {
        return new ExternalBookingHandoff(system);
    }
}
