package fi.polku.assistant.staff;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Keeps a staff sign-in in the web session as the user name and rights only. Spring Security would store the whole
 * authentication: for a form sign-in the account with its password hash (or the {@code {noop}} password itself) as
 * principal and credentials, for OIDC the ID token with every claim. Under the {@code redis} profile the session is
 * written to Redis, so none of that may be in it. The sign-in also gets its own idle timeout: the session of a
 * resident lasts as long as the draft it points to (days), a staff sign-in only {@code polku.staff.session-timeout}.
 */
final class StaffSessionContexts implements ServerSecurityContextRepository {

    /** The attribute of a minimal OIDC principal; its value is the user name the claims mapping chose. */
    static final String NAME_ATTRIBUTE = "username";

    private final ServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();
    private final Duration timeout;

    StaffSessionContexts(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, @Nullable SecurityContext context) {
        if (context == null || context.getAuthentication() == null) {
            return sessions.save(exchange, context);
        }
        SecurityContext minimal = new SecurityContextImpl(minimal(context.getAuthentication()));
        return exchange.getSession()
                .doOnNext(session -> session.setMaxIdleTime(timeout))
                .then(sessions.save(exchange, minimal));
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        return sessions.load(exchange);
    }

    /** The user name and plain authorities; an OIDC sign-in stays an OAuth2 token, which the rights mapping reads. */
    static Authentication minimal(Authentication authentication) {
        List<GrantedAuthority> authorities = plain(authentication.getAuthorities());
        if (authentication instanceof OAuth2AuthenticationToken oidc) {
            var principal = new DefaultOAuth2User(authorities, Map.of(NAME_ATTRIBUTE, oidc.getName()), NAME_ATTRIBUTE);
            return new OAuth2AuthenticationToken(principal, authorities, oidc.getAuthorizedClientRegistrationId());
        }
        return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, authorities);
    }

    /** OIDC adds an authority carrying the ID token and user info; only the authority names are kept. */
    private static List<GrantedAuthority> plain(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
