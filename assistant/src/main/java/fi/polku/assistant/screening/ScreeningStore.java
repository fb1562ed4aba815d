package fi.polku.assistant.screening;

import reactor.core.publisher.Mono;

/** Keeps screenings until they expire; adapters in {@code memory} and {@code redis} pass one contract suite. */
public interface ScreeningStore {

    /** Saves the screening; it expires {@link ScreeningSettings#expiry()} after saving. */
    Mono<Screening> save(Screening screening);

    /** The screening, or empty when it is unknown or expired. */
    Mono<Screening> find(String id);

    /** Deletes the screening now; true when there was one to delete. */
    Mono<Boolean> delete(String id);
}
