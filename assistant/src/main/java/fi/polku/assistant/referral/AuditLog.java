package fi.polku.assistant.referral;

import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit log of the staff side, per referral; adapters in {@code memory} and {@code redis}. */
public interface AuditLog {

    /** Appends the entry; the referral's entries are kept for the time to live from now. */
    Mono<Void> record(AuditEntry entry, Duration ttl);

    /** The referral's entries, oldest first. */
    Flux<AuditEntry> entries(String referralId);
}
