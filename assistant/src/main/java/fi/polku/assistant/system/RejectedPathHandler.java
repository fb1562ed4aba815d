package fi.polku.assistant.system;

import fi.polku.segmentation.Language;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A path Spring Security's firewall refuses ({@code ../}, encoded slashes, control characters) names nothing Polku
 * has: 404 with the same problem details as any unknown path, instead of the firewall's bare 400.
 */
@Component
class RejectedPathHandler implements ServerExchangeRejectedHandler {

    private final ApiMessages messages;
    private final JsonMapper json;

    RejectedPathHandler(ApiMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        Language language = ApiMessages.language(
                null, exchange.getRequest().getQueryParams().getFirst("lang"));
        String message = messages.text("system.path.not-found", language);
        byte[] body = json.writeValueAsBytes(Map.of(
                "type",
                "about:blank",
                "title",
                messages.text("system.status-404.title", language),
                "status",
                404,
                "detail",
                message,
                "errors",
                List.of(new FieldProblem("path", message))));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.NOT_FOUND);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
