package fi.polku.assistant.screening;

import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Where a visitor's unfinished questionnaire is kept between pages, reloads and closed tabs. */
interface Drafts {

    /** The visitor's draft, or an empty one. */
    Mono<Draft> load(ServerWebExchange exchange);

    Mono<Void> save(ServerWebExchange exchange, Draft draft);

    Mono<Void> clear(ServerWebExchange exchange);
}
