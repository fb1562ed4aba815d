package fi.polku.assistant.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.web.server.WebSession;

/** A staff sign-in goes into the web session as user name and rights, with the staff idle timeout. */
class StaffSessionContextsTests {

    private final StaffSessionContexts contexts = new StaffSessionContexts(Duration.ofMinutes(30));

    @Test
    void keepsNeitherThePasswordNorItsHashOfAFormSignIn() {
        var account = User.withUsername("guide")
                .password("{noop}guide-secret")
                .roles("SERVICE_GUIDANCE")
                .build();
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(
                account, account.getPassword(), account.getAuthorities());

        Authentication kept = StaffSessionContexts.minimal(signedIn);

        assertThat(kept.getPrincipal()).isEqualTo("guide");
        assertThat(kept.getCredentials()).isNull();
        assertThat(kept.getName()).isEqualTo("guide");
        assertThat(kept.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_SERVICE_GUIDANCE");
        assertThat(kept.isAuthenticated()).isTrue();
    }

    @Test
    void keepsAnOidcSignInAsAnOAuth2TokenWithTheNameAndRightsButNoIdToken() {
        Instant now = Instant.now();
        var idToken = new OidcIdToken(
                "eyJ.token.sig",
                now,
                now.plusSeconds(300),
                Map.of("sub", "s-1", "preferred_username", "vaasa-team", "email", "someone@vaasa.example"));
        List<GrantedAuthority> authorities = List.of(
                new OidcUserAuthority(idToken),
                new SimpleGrantedAuthority("ROLE_WORK_ABILITY_TEAM"),
                new SimpleGrantedAuthority("MUNICIPALITY_vaasa"));
        var user = new DefaultOidcUser(authorities, idToken, "preferred_username");
        Authentication signedIn = new OAuth2AuthenticationToken(user, authorities, "polku-idp");

        Authentication kept = StaffSessionContexts.minimal(signedIn);

        assertThat(kept).isInstanceOfSatisfying(OAuth2AuthenticationToken.class, token -> {
            assertThat(token.getName()).isEqualTo("vaasa-team");
            assertThat(token.getAuthorizedClientRegistrationId()).isEqualTo("polku-idp");
            assertThat(token.getPrincipal().getAttributes()).containsOnlyKeys(StaffSessionContexts.NAME_ATTRIBUTE);
        });
        assertThat(kept.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("OIDC_USER", "ROLE_WORK_ABILITY_TEAM", "MUNICIPALITY_vaasa");
        assertThat(kept.getAuthorities()).allMatch(authority -> authority instanceof SimpleGrantedAuthority);
    }

    @Test
    void givesTheSignedInSessionTheStaffIdleTimeout() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/staff/login"));
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated("guide", null, List.of());

        contexts.save(exchange, new SecurityContextImpl(signedIn)).block();

        WebSession session = exchange.getSession().block();
        assertThat(session.getMaxIdleTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(contexts.load(exchange).block().getAuthentication().getName())
                .isEqualTo("guide");
    }
}
