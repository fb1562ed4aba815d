package fi.polku.assistant.drafts;

import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;

/**
 * The cookie that holds the id of the resident's draft, shared by the questionnaire and the chat pages. A cookie, not
 * a server session, so that several instances need no shared session store (the draft itself is in the store).
 * HttpOnly, SameSite=Lax, Secure behind TLS; it lives as long as the draft.
 */
public final class DraftCookie {

    public static final String NAME = "polku_draft";

    private DraftCookie() {}

    /** The draft id the browser sent, if any (it may be expired; ask {@link Drafts#find}). */
    public static Optional<String> read(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(NAME);
        return cookie == null ? Optional.empty() : Optional.of(cookie.getValue());
    }

    /** Sets the cookie to the draft for the draft's expiry. */
    public static void write(ServerWebExchange exchange, Draft draft, Duration maxAge) {
        boolean secure = exchange.getRequest().getSslInfo() != null
                || "https".equals(exchange.getRequest().getURI().getScheme());
        exchange.getResponse()
                .addCookie(ResponseCookie.from(NAME, draft.id())
                        .path("/")
                        .maxAge(maxAge)
                        .httpOnly(true)
                        .secure(secure)
                        .sameSite("Lax")
                        .build());
    }
}
