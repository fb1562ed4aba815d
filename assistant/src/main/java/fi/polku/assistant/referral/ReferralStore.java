package fi.polku.assistant.referral;

import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps referrals for their TTL; adapters in {@code memory} and {@code redis} pass one contract suite. */
public interface ReferralStore {

    /** Saves (or replaces) the referral for the time to live. */
    Mono<Referral> save(Referral referral, Duration ttl);

    /** The referral, or empty when unknown or expired. */
    Mono<Referral> find(String id);

    /** The referral made for a booking, or empty. */
    Mono<Referral> findByBooking(String bookingId);

    /** Every live referral, newest first. */
    Flux<Referral> all();
}
