package fi.polku.assistant.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A failure behind a page shows a calm page with the ways on (start again, services, crisis help in the footer),
 * never problem JSON or a stack trace. The JSON API keeps {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final PageModelAdvice layout;

    PageExceptionHandler(PageModelAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler
    Mono<Rendering> handle(Exception exception, ServerWebExchange exchange) {
        HttpStatus status;
        if (exception instanceof ApiProblem problem) {
            status = problem.status();
        } else if (exception instanceof ResponseStatusException known
                && HttpStatus.resolve(known.getStatusCode().value()) instanceof HttpStatus resolved) {
            status = resolved;
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError()) {
            // the route pattern, never the path: a path may hold a screening id
            Object route = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            log.error("Unexpected error showing {} {}", exchange.getRequest().getMethod(), route, exception);
        }
        return Mono.just(Rendering.view("system/error")
                .status(status)
                .modelAttribute("notFound", status == HttpStatus.NOT_FOUND)
                // an exception handler gets no @ModelAttribute methods: the layout's model is added here
                .modelAttribute("lang", layout.language(exchange))
                .modelAttribute("languageLinks", layout.languageLinks(exchange))
                .modelAttribute("crisisContacts", layout.crisisContacts(exchange))
                .modelAttribute("crisisContactsChecked", layout.crisisContactsChecked(exchange))
                .build());
    }
}
