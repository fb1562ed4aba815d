/** Referrals and the audit log in Redis (the {@code redis} profile), every personal key with a TTL. */
@NullMarked
package fi.polku.assistant.referral.redis;

import org.jspecify.annotations.NullMarked;
