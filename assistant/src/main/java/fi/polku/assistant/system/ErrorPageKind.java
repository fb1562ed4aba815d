package fi.polku.assistant.system;

import org.springframework.http.HttpStatus;

/**
 * Which calm error page a failure gets, by where it happened. A refused or unknown resident link (a booking's token,
 * a result's booking page) and a refused or unknown referral each get ONE page with ONE status, so that neither the
 * words nor the status tell whether the booking, screening or referral exists.
 */
enum ErrorPageKind {
    /** Staff: no role for this team or municipality (or nothing there); always 403, says whom to ask. */
    STAFF_REFUSED,
    /** A resident's link that does not work (wrong or expired token, unknown id); always 404, says how to book again. */
    RESIDENT_LINK,
    NOT_FOUND,
    GENERAL;

    static ErrorPageKind of(HttpStatus status, String path) {
        boolean refusedOrUnknown = status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND;
        if (refusedOrUnknown
                && (path.startsWith("/staff/referrals/")
                        || path.equals("/staff/forbidden")
                        || path.equals("/partners")
                        || path.startsWith("/partners/"))) {
            return STAFF_REFUSED;
        }
        if (refusedOrUnknown && (path.startsWith("/booking/") || path.startsWith("/book/"))) {
            return RESIDENT_LINK;
        }
        return status == HttpStatus.NOT_FOUND ? NOT_FOUND : GENERAL;
    }

    /** The status sent: the same for every case a page must not tell apart. */
    HttpStatus status(HttpStatus original) {
        return switch (this) {
            case STAFF_REFUSED -> HttpStatus.FORBIDDEN;
            case RESIDENT_LINK -> HttpStatus.NOT_FOUND;
            case NOT_FOUND, GENERAL -> original;
        };
    }

    /** The message key prefix of the page's texts, e.g. {@code error.staff}. */
    String keys() {
        return switch (this) {
            case STAFF_REFUSED -> "error.staff";
            case RESIDENT_LINK -> "error.link";
            case NOT_FOUND -> "error.not-found";
            case GENERAL -> "error.page";
        };
    }
}
