package fi.polku.assistant.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who opened or changed which referral and when; nothing about the resident.
 *
 * @param action {@code OPENED}, {@code EXPORTED} or {@code STATUS_CHANGED}
 * @param detail the new status of a change, else null
 */
public record AuditEntry(
        Instant at,
        String username,
        String referralId,
        String action,
        @Nullable String detail) {}
