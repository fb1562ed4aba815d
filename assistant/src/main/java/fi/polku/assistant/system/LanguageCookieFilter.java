package fi.polku.assistant.system;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Remembers a page's {@code ?lang=} choice in a cookie; the JSON API stays cookie-less. */
@Component
class LanguageCookieFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/") && !path.startsWith("/actuator/")) {
            PageLanguages.asked(exchange.getRequest())
                    .ifPresent(language -> exchange.getResponse()
                            .addCookie(PageLanguages.remember(
                                    language,
                                    exchange.getRequest().getSslInfo() != null
                                            || "https"
                                                    .equals(exchange.getRequest()
                                                            .getURI()
                                                            .getScheme()))));
        }
        return chain.filter(exchange);
    }
}
