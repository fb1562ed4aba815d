package fi.polku.assistant.booking;

import java.time.Instant;

/**
 * A slot kept for one resident while the form is filled in; it lapses at {@code expiresAt} unless extended.
 *
 * @param extensions how many times it has been extended
 */
public record Hold(String id, String slotId, Instant expiresAt, int extensions) {

    /** The owner name of its seat in the {@link SlotLedger}. */
    public String seatOwner() {
        return "hold:" + id;
    }
}
