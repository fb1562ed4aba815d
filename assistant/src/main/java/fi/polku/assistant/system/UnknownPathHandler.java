package fi.polku.assistant.system;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ServerWebExchange;

/**
 * An address nothing answers: a browser asking for a page gets the calm restart page (404, in its language, with
 * the layout); the JSON API and any other client keep the 404 problem details of {@link ApiExceptionHandler}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPathHandler {

    private final ApiExceptionHandler api;
    private final PageModelAdvice page;

    UnknownPathHandler(ApiExceptionHandler api, PageModelAdvice page) {
        this.api = api;
        this.page = page;
    }

    /** Returns a view or a problem entity; the declared {@code Object} lets WebFlux pick the handler by value. */
    @ExceptionHandler
    Object handle(NoResourceFoundException notFound, ServerWebExchange exchange) {
        if (!wantsPage(exchange)) {
            return api.notFound(exchange);
        }
        return page.errorPage(HttpStatus.NOT_FOUND, exchange);
    }

    private static boolean wantsPage(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return false;
        }
        List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
        return accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }
}
