package fi.polku.assistant.external;

import fi.polku.assistant.booking.BookingStore;
import fi.polku.assistant.booking.ExternalSlots;
import fi.polku.assistant.external.memory.InMemoryOutbox;
import fi.polku.assistant.external.redis.RedisOutbox;
import fi.polku.assistant.referral.ReferralSettings;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses the booking system by {@code polku.booking.system}: {@code built-in} (default; Polku's own calendar, nothing
 * to deliver) or {@code fhir} (the external system: its free Slots are offered and booked there, cancellations and
 * the deliveries that failed go through the outbox).
 */
@Configuration(proxyBeanMethods = false)
class ExternalBookingConfiguration {

    @Bean
    @ConditionalOnProperty(name = "polku.booking.system", havingValue = "built-in", matchIfMissing = true)
    BookingSystem builtInBookingSystem() {
        return new BuiltInBookingSystem();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "polku.booking.system", havingValue = "fhir")
    static class Fhir {

        @Bean
        FhirBookingSystem fhirBookingSystem(FhirBookingSettings settings) {
            return new FhirBookingSystem(settings);
        }

        /** Slots from the external system's Slot search (unless {@code polku.booking.fhir.slot-search=false}). */
        @Bean
        @ConditionalOnProperty(name = "polku.booking.fhir.slot-search", havingValue = "true", matchIfMissing = true)
        ExternalSlots fhirSlots(FhirBookingSystem system, FhirBookingSettings settings) {
            return new FhirSlots(system, settings);
        }

        @Bean
        @Profile("!redis")
        Outbox inMemoryOutbox(Clock clock) {
            return new InMemoryOutbox(clock);
        }

        @Bean
        @Profile("redis")
        Outbox redisOutbox(ReactiveStringRedisTemplate redis, JsonMapper json) {
            return new RedisOutbox(redis, json);
        }

        /** Outbox entries are kept as long as a closed referral: a delivery is owed no longer than that. */
        @Bean
        OutboxRelay outboxRelay(
                Outbox outbox,
                BookingStore bookings,
                BookingSystem system,
                OutboxSettings settings,
                ReferralSettings referrals,
                Clock clock) {
            return new OutboxRelay(outbox, bookings, system, settings, referrals.retention(), clock);
        }

        @Bean
        ExternalBookingHandoff externalBookingHandoff(OutboxRelay relay) {
            return new ExternalBookingHandoff(relay);
        }

        @Bean
        OutboxRounds outboxRounds(OutboxRelay relay) {
            return new OutboxRounds(relay);
        }
    }

    /** The scheduled rounds; blocking is fine on the scheduler's thread. */
    static final class OutboxRounds {

        private final OutboxRelay relay;

        OutboxRounds(OutboxRelay relay) {
            this.relay = relay;
        }

        @Scheduled(fixedDelayString = "${polku.booking.outbox.interval:PT15S}")
        void run() {
            relay.deliverDue().block();
        }
    }
}
