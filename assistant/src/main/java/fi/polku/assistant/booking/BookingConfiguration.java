package fi.polku.assistant.booking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the calendars at start; a mistake in the file stops start-up with the calendar and key it is in. */
@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    @Bean
    Calendars calendars(BookingSettings settings) {
        return CalendarsLoader.load(settings.calendars().path());
    }
}
