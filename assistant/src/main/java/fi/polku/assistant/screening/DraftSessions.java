package fi.polku.assistant.screening;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.Drafts;
import fi.polku.segmentation.Language;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The resident's draft as the pages see it: its id sits in the web session under {@link Drafts#SESSION_ATTRIBUTE},
 * so the questionnaire and the chat continue the same draft; the draft itself lives in the shared store.
 */
@Component
class DraftSessions {

    private final Drafts drafts;

    DraftSessions(Drafts drafts) {
        this.drafts = drafts;
    }

    /** The visitor's live draft, if any. */
    Mono<Optional<Draft>> current(ServerWebExchange exchange) {
        return exchange.getSession()
                .flatMap(session -> {
                    String id = session.getAttribute(Drafts.SESSION_ATTRIBUTE);
                    return id == null ? Mono.<Draft>empty() : drafts.find(id);
                })
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    /** The visitor's draft, or a new one tied to this session. */
    Mono<Draft> currentOrStart(ServerWebExchange exchange, Language lang, @Nullable String source) {
        return current(exchange)
                .flatMap(found -> found.map(Mono::just)
                        .orElseGet(() -> drafts.start(lang, source).flatMap(started -> remember(exchange, started))));
    }

    Mono<Draft> save(Draft draft) {
        return drafts.save(draft);
    }

    /** Forgets the draft (a screening was made from it) and unties it from the session. */
    Mono<Void> forget(ServerWebExchange exchange, Draft draft) {
        return drafts.delete(draft.id())
                .then(exchange.getSession())
                .doOnNext(session -> session.getAttributes().remove(Drafts.SESSION_ATTRIBUTE))
                .then();
    }

    /**
     * The draft of a typed resume code, now tied to this session; empty when no live draft has it. Fails with the
     * store's {@code TooManyAttempts} when this client has tried too often.
     */
    Mono<Draft> resume(ServerWebExchange exchange, String typedCode) {
        return drafts.resume(typedCode, client(exchange)).flatMap(draft -> remember(exchange, draft));
    }

    private static Mono<Draft> remember(ServerWebExchange exchange, Draft draft) {
        return exchange.getSession().map(session -> put(session, draft)).thenReturn(draft);
    }

    private static WebSession put(WebSession session, Draft draft) {
        session.getAttributes().put(Drafts.SESSION_ATTRIBUTE, draft.id());
        return session;
    }

    /** Who tries a code, for the rate limit: the remote address (the proxy's forwarded one behind a proxy). */
    private static String client(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }
}
