package fi.polku.assistant.partners;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The partner a visit came through ({@code /p/{code}}), kept in a cookie that lives until the browser closes, so
 * that a screening or chat started anywhere in the visit records it. Holds a partner code, nothing personal.
 */
@Component
public final class VisitSource {

    static final String COOKIE = "polku_source";

    private final Partners partners;

    VisitSource(Partners partners) {
        this.partners = partners;
    }

    /** The source to record for this visit: a known partner code, {@code other}, or null when none. */
    public @Nullable String of(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        return cookie == null ? null : partners.sourceOf(cookie.getValue());
    }

    /** Remembers the partner code for the rest of the visit. */
    void remember(ServerWebExchange exchange, String code) {
        String source = partners.sourceOf(code);
        if (source == null) {
            return;
        }
        exchange.getResponse()
                .addCookie(ResponseCookie.from(COOKIE, source)
                        .path("/")
                        .httpOnly(true)
                        .sameSite("Lax")
                        .secure("https".equals(exchange.getRequest().getURI().getScheme()))
                        .build());
    }
}
