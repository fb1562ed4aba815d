package fi.polku.assistant.screening;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Drafts in the visitor's web session (server-side; the browser holds only the session cookie). Until the shared
 * resident-state store with resume codes replaces it.
 */
@Component
class SessionDrafts implements Drafts {

    private static final String ATTRIBUTE = Draft.class.getName();

    @Override
    public Mono<Draft> load(ServerWebExchange exchange) {
        return exchange.getSession().map(session -> session.getAttributeOrDefault(ATTRIBUTE, Draft.EMPTY));
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, Draft draft) {
        return exchange.getSession()
                .doOnNext(session -> session.getAttributes().put(ATTRIBUTE, draft))
                .then();
    }

    @Override
    public Mono<Void> clear(ServerWebExchange exchange) {
        return exchange.getSession()
                .doOnNext(session -> session.getAttributes().remove(ATTRIBUTE))
                .then();
    }
}
