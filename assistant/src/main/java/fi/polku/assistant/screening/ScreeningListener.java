package fi.polku.assistant.screening;

import reactor.core.publisher.Mono;

/**
 * What else happens once a screening is saved, e.g. counting it in the figures. Called before the resident gets the
 * answer; a failure is logged without personal data and the screening stands.
 */
public interface ScreeningListener {

    /** A screening was decided and saved. */
    Mono<Void> on(ScreeningCompleted event);
}
