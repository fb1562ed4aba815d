package fi.polku.assistant.drafts;

/** A client has tried too many resume codes for now; pages answer 429 with a calm text. */
public final class TooManyAttempts extends RuntimeException {

    TooManyAttempts() {
        // no stack trace: this is an answer, not a fault
        super("too many resume attempts", null, false, false);
    }
}
