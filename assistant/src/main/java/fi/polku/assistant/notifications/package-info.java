/**
 * Telling the resident about a booking: e-mail confirmation, a reminder the day before and a cancellation notice,
 * each with its calendar file, sent as scheduled {@link fi.polku.assistant.notifications.MailJob}s that are retried
 * with backoff; and SMS as a port. Store adapters live in {@code memory} and {@code redis}. Nothing personal is logged.
 */
@NullMarked
package fi.polku.assistant.notifications;

import org.jspecify.annotations.NullMarked;
