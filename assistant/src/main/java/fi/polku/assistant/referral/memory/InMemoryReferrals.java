package fi.polku.assistant.referral.memory;

import fi.polku.assistant.referral.Referral;
import fi.polku.assistant.referral.ReferralStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Referrals in memory; expired ones are never returned and are purged. */
@Component
@Profile("!redis")
public class InMemoryReferrals implements ReferralStore {

    private final Map<String, Entry> referrals = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryReferrals(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Referral> save(Referral referral, Duration ttl) {
        return Mono.fromSupplier(() -> {
            referrals.put(referral.id(), new Entry(referral, clock.instant().plus(ttl)));
            return referral;
        });
    }

    @Override
    public Mono<Referral> find(String id) {
        return Mono.fromSupplier(() -> referrals.get(id))
                .filter(entry -> entry.liveAt(clock.instant()))
                .map(Entry::referral);
    }

    @Override
    public Mono<Referral> findByBooking(String bookingId) {
        return all().filter(referral -> referral.bookingId().equals(bookingId)).next();
    }

    @Override
    public Flux<Referral> all() {
        return Flux.defer(() -> {
            Instant now = clock.instant();
            return Flux.fromStream(referrals.values().stream()
                    .filter(entry -> entry.liveAt(now))
                    .map(Entry::referral)
                    .sorted(Comparator.comparing(Referral::createdAt).reversed()));
        });
    }

    /** Forgets expired referrals; runs every minute. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    public void purgeExpired() {
        Instant now = clock.instant();
        referrals.values().removeIf(entry -> !entry.liveAt(now));
    }

    private record Entry(Referral referral, Instant expiresAt) {

        boolean liveAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }
}
