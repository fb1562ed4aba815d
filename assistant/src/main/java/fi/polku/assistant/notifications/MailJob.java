package fi.polku.assistant.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One mail to send about a booking. It holds no address: the booking is read when the mail is sent, so a cancelled or
 * expired booking is never mailed from stale data.
 *
 * @param id the booking id and the kind, so an event handled twice makes one job
 * @param due when to send (next); null once sent or given up
 * @param attempts failed attempts so far
 * @param lastFailure the type of the last failure (never its message, which may quote the address), or null
 * @param sentAt when it was delivered to the mail server, or null
 */
public record MailJob(
        String id,
        String bookingId,
        MailKind kind,
        @Nullable Instant due,
        int attempts,
        @Nullable String lastFailure,
        @Nullable Instant sentAt) {

    public static MailJob of(String bookingId, MailKind kind, Instant due) {
        return new MailJob(idOf(bookingId, kind), bookingId, kind, due, 0, null, null);
    }

    public static String idOf(String bookingId, MailKind kind) {
        return bookingId + "-" + kind.code();
    }

    public boolean pending() {
        return due != null;
    }

    /** Delivered now: no longer due. */
    public MailJob sent(Instant now) {
        return new MailJob(id, bookingId, kind, null, attempts, lastFailure, now);
    }

    /** Failed now; retried at {@code retry}, or never when it is null. */
    public MailJob failed(String failure, @Nullable Instant retry) {
        return new MailJob(id, bookingId, kind, retry, attempts + 1, failure, null);
    }
}
