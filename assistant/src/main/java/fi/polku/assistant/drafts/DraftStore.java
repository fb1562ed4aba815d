package fi.polku.assistant.drafts;

import reactor.core.publisher.Mono;

/**
 * Keeps drafts until their {@link Draft#expiresAt()}; a draft is found by its id or by its resume code. Adapters in
 * {@code memory} and {@code redis} pass one contract suite.
 */
public interface DraftStore {

    /** Saves (or replaces) the draft; it and its resume code are forgotten at its {@code expiresAt}. */
    Mono<Draft> save(Draft draft);

    /** The draft, or empty when unknown or expired. */
    Mono<Draft> find(String id);

    /** The draft with this normalised resume code, or empty when unknown or expired. */
    Mono<Draft> findByCode(String resumeCode);

    /** Forgets the draft and its resume code now; true when there was one. */
    Mono<Boolean> delete(String id);
}
