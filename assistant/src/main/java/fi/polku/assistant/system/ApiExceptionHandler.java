package fi.polku.assistant.system;

import fi.polku.segmentation.Language;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;

/**
 * Turns every error into an RFC 9457 problem detail with an {@code errors} member naming the bad fields in the
 * asked language ({@code ?lang=}); never a stack trace. Replaces Boot's own problem-details handler.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiMessages messages;

    ApiExceptionHandler(ApiMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    Mono<ResponseEntity<Object>> handleApiProblem(ApiProblem problem, ServerWebExchange exchange) {
        ResponseEntity<Object> response = respond(problem.status(), problem.errors(), problem.language());
        if (response.getBody() instanceof ProblemDetail detail) {
            problem.properties().forEach(detail::setProperty);
        }
        return Mono.just(response);
    }

    @ExceptionHandler
    Mono<ResponseEntity<Object>> handleUnexpected(Exception exception, ServerWebExchange exchange) {
        // the route pattern, never the path: a path may hold a screening id, and ids are never logged
        Object route = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        log.error("Unexpected error answering {} {}", exchange.getRequest().getMethod(), route, exception);
        return Mono.just(respond(HttpStatus.INTERNAL_SERVER_ERROR, List.of(), language(exchange)));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(
            Exception exception,
            @Nullable Object body,
            @Nullable HttpHeaders headers,
            HttpStatusCode status,
            ServerWebExchange exchange) {
        Language language = language(exchange);
        ResponseEntity<Object> response = respond(status, errors(exception, language), language);
        if (headers != null && !headers.isEmpty()) {
            // keeps e.g. Allow on 405 and Accept on 415
            HttpHeaders merged = new HttpHeaders();
            merged.putAll(headers);
            merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response = new ResponseEntity<>(response.getBody(), merged, status);
        }
        return Mono.just(response);
    }

    /** The 404 problem for an address nothing answers (see {@link UnknownPathHandler}). */
    ResponseEntity<Object> notFound(ServerWebExchange exchange) {
        Language language = language(exchange);
        return respond(
                HttpStatus.NOT_FOUND, List.of(messages.problem("path", "system.path.not-found", language)), language);
    }

    private List<FieldProblem> errors(Exception exception, Language language) {
        return switch (exception) {
            case MissingRequestValueException missing ->
                List.of(messages.problem(missing.getName(), "system.parameter.missing", language));
            case UnsupportedMediaTypeStatusException unsupported ->
                List.of(messages.problem("Content-Type", "system.content-type.unsupported", language));
            case MethodNotAllowedException notAllowed ->
                List.of(messages.problem("method", "system.method.not-allowed", language, notAllowed.getHttpMethod()));
            case NotAcceptableStatusException notAcceptable ->
                List.of(messages.problem("Accept", "system.accept.not-acceptable", language));
            case ResponseStatusException tooLarge
            when tooLarge.getStatusCode().value() == 413 ->
                List.of(messages.problem("body", "system.body.too-large", language));
            case NoResourceFoundException notFound ->
                List.of(messages.problem("path", "system.path.not-found", language));
            case ServerWebInputException input -> List.of(inputProblem(input, language));
            default -> List.of();
        };
    }

    private FieldProblem inputProblem(ServerWebInputException input, Language language) {
        MethodParameter parameter = input.getMethodParameter();
        if (parameter == null || parameter.hasParameterAnnotation(RequestBody.class)) {
            return messages.problem("body", "system.body.invalid", language);
        }
        String name = parameter.getParameterName();
        return messages.problem(name != null ? name : "parameter", "system.parameter.invalid", language);
    }

    private ResponseEntity<Object> respond(HttpStatusCode status, List<FieldProblem> errors, Language language) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title(status, language));
        problem.setDetail(detail(status, errors, language));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String title(HttpStatusCode status, Language language) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String fallback = known != null ? known.getReasonPhrase() : String.valueOf(status.value());
        return messages.textOrDefault("system.status-" + status.value() + ".title", language, fallback);
    }

    private String detail(HttpStatusCode status, List<FieldProblem> errors, Language language) {
        if (!errors.isEmpty()) {
            // a refusal that says why (a 503 names the system that is down and what to do instead)
            return String.join(" ", errors.stream().map(FieldProblem::message).toList());
        }
        if (status.is5xxServerError()) {
            return messages.text("system.error.unexpected", language);
        }
        return title(status, language);
    }

    private static Language language(ServerWebExchange exchange) {
        return ApiMessages.language(null, exchange.getRequest().getQueryParams().getFirst("lang"));
    }
}
