package fi.polku.assistant.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who opened or changed which referral and when; nothing about the resident.
 *
 * @param action {@code OPENED}, {@code EXPORTED}, {@code STATUS_CHANGED} or {@code OUTCOME_RECORDED}
 * @param detail the new status of a change, the outcome ({@code ATTENDED FIT=YES}, {@code NO_SHOW}), else null
 */
public record AuditEntry(
        Instant at,
        String username,
        String referralId,
        String action,
        @Nullable String detail) {}
