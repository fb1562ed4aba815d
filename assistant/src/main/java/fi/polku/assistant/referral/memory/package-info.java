/** Referrals and the audit log in this process's memory: the embedded default. */
@NullMarked
package fi.polku.assistant.referral.memory;

import org.jspecify.annotations.NullMarked;
