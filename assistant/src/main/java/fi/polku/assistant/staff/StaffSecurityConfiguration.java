package fi.polku.assistant.staff;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.segmentation.Language;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security filter chain of the staff side only ({@code /staff/**}, {@code /api/staff/**}, {@code /partners/**},
 * {@code /api/stats}), ahead of any general chain. The staff API takes HTTP Basic (and the sign-in session) and
 * answers 401/403 as problem details; the staff pages sign in with a form at {@code /staff/login}. The JSON API uses
 * no cookies for Basic and is exempt from CSRF; the pages keep it. When an OIDC client is configured (Spring
 * Security's {@code spring.security.oauth2.client.*}), staff may also sign in with the identity provider, whose
 * claims {@link StaffOidcUsers} maps to the same rights.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StaffSecurityConfiguration.class);

    static final String[] PATHS = {"/staff", "/staff/**", "/api/staff/**", "/partners", "/partners/**", "/api/stats"};
    private static final String TEAMS = "SERVICE_GUIDANCE";
    /** The authorities of the roles that have an inbox. */
    private static final Set<String> INBOX_ROLES = Set.of(
            "ROLE_" + StaffRole.SERVICE_GUIDANCE, "ROLE_" + StaffRole.WORK_ABILITY_TEAM, "ROLE_" + StaffRole.ADMIN);

    /** The page a signed-in account without the role for a staff page is sent to ({@link StaffLoginController}). */
    static final String FORBIDDEN_PAGE = "/staff/forbidden";

    /** The same policy as the general chain's (system.SecurityConfiguration): this chain replaces it on its paths. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityWebFilterChain staffSecurity(
            ServerHttpSecurity http,
            ApiMessages messages,
            JsonMapper json,
            StaffSettings settings,
            ObjectProvider<ReactiveClientRegistrationRepository> oidcProviders) {
        // present only when spring.security.oauth2.client.registration.* is configured (Boot's auto-configuration)
        ReactiveClientRegistrationRepository oidc = oidcProviders.getIfAvailable();
        ServerWebExchangeMatcher api = ServerWebExchangeMatchers.pathMatchers("/api/**");
        ServerAuthenticationEntryPoint apiEntry =
                (exchange, e) -> problem(exchange, HttpStatus.UNAUTHORIZED, "staff.auth.required", messages, json);
        ServerAuthenticationEntryPoint pageEntry = new RedirectServerAuthenticationEntryPoint("/staff/login");
        ServerAccessDeniedHandler apiDenied =
                (exchange, e) -> problem(exchange, HttpStatus.FORBIDDEN, "staff.auth.forbidden", messages, json);
        // the sign-in goes into the web session (Redis under the redis profile) as user name and rights only
        var contexts = new StaffSessionContexts(settings.sessionTimeout());
        // a page refused for want of a role goes to the page that says why and whom to ask (403 there); WebFlux has
        // no forward, so this is a redirect, as Spring MVC's accessDeniedPage would forward
        ServerAccessDeniedHandler pageDenied =
                (exchange, e) -> new DefaultServerRedirectStrategy().sendRedirect(exchange, URI.create(FORBIDDEN_PAGE));
        ServerAccessDeniedHandler denied = (exchange, e) -> api.matches(exchange)
                .flatMap(match -> match.isMatch() ? apiDenied.handle(exchange, e) : pageDenied.handle(exchange, e));
        if (oidc != null) {
            http.oauth2Login(login -> login.clientRegistrationRepository(oidc)
                    .securityContextRepository(contexts)
                    .authenticationSuccessHandler(signedIn())
                    .authenticationFailureHandler(oidcRefused()));
        }
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(oidc == null ? PATHS : withOidc()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(
                                "/staff/login", FORBIDDEN_PAGE, "/oauth2/authorization/**", "/login/oauth2/code/**")
                        .permitAll()
                        .pathMatchers("/staff/outbox", "/staff/outbox/**")
                        .hasRole(StaffRole.ADMIN.name())
                        .pathMatchers("/partners", "/partners/**")
                        .hasAnyRole(StaffRole.PARTNER.name(), StaffRole.ADMIN.name())
                        .pathMatchers("/api/stats")
                        .hasAnyRole(
                                TEAMS,
                                StaffRole.WORK_ABILITY_TEAM.name(),
                                StaffRole.PARTNER.name(),
                                StaffRole.ADMIN.name())
                        .anyExchange()
                        .hasAnyRole(TEAMS, StaffRole.WORK_ABILITY_TEAM.name(), StaffRole.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntry))
                .securityContextRepository(contexts)
                .formLogin(form -> form.loginPage("/staff/login")
                        .securityContextRepository(contexts)
                        .authenticationEntryPoint(pageEntry)
                        .authenticationSuccessHandler(signedIn())
                        .authenticationFailureHandler(
                                new RedirectServerAuthenticationFailureHandler("/staff/login?error")))
                .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessHandler(signedOut()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint((exchange, e) -> api.matches(exchange)
                                .flatMap(match -> match.isMatch()
                                        ? apiEntry.commence(exchange, e)
                                        : pageEntry.commence(exchange, e)))
                        .accessDeniedHandler(denied))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(exchange -> api.matches(exchange)
                        .flatMap(match -> match.isMatch()
                                ? ServerWebExchangeMatcher.MatchResult.notMatch()
                                : ServerWebExchangeMatchers.pathMatchers(
                                                org.springframework.http.HttpMethod.POST, "/staff/**", "/partners/**")
                                        .matches(exchange))))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.mode(Mode.DENY)))
                .build();
    }

    /** The staff paths and Spring Security's standard OIDC ones (start of sign-in, the provider's redirect back). */
    private static String[] withOidc() {
        List<String> paths = new java.util.ArrayList<>(List.of(PATHS));
        paths.add("/oauth2/authorization/**");
        paths.add("/login/oauth2/code/**");
        return paths.toArray(String[]::new);
    }

    /** Back to the sign-in page with an error; the log says why (the OAuth2 error code, nothing about the person). */
    private static ServerAuthenticationFailureHandler oidcRefused() {
        ServerAuthenticationFailureHandler page = new RedirectServerAuthenticationFailureHandler("/staff/login?error");
        return (exchange, exception) -> {
            log.warn(
                    "OIDC sign-in refused: {}",
                    exception instanceof OAuth2AuthenticationException oauth
                            ? oauth.getError().getErrorCode()
                            : exception.getClass().getSimpleName());
            log.debug("OIDC sign-in refused", exception);
            return page.onAuthenticationFailure(exchange, exception);
        };
    }

    /**
     * After sign-in, back to the page asked for before it; else a partner (who has no inbox) to its partner page and
     * everyone else to the inbox.
     */
    private static ServerAuthenticationSuccessHandler signedIn() {
        ServerAuthenticationSuccessHandler inbox = new RedirectServerAuthenticationSuccessHandler("/staff");
        ServerAuthenticationSuccessHandler partnerPage = new RedirectServerAuthenticationSuccessHandler("/partners");
        return (exchange, authentication) -> {
            boolean inboxRole = authentication.getAuthorities().stream()
                    .anyMatch(authority -> INBOX_ROLES.contains(authority.getAuthority()));
            return (inboxRole ? inbox : partnerPage).onAuthenticationSuccess(exchange, authentication);
        };
    }

    private static RedirectServerLogoutSuccessHandler signedOut() {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create("/staff/login?logout"));
        return handler;
    }

    private static Mono<Void> problem(
            ServerWebExchange exchange, HttpStatus status, String key, ApiMessages messages, JsonMapper json) {
        Language language = ApiMessages.language(
                null, exchange.getRequest().getQueryParams().getFirst("lang"));
        String message = messages.text(key, language);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.textOrDefault("system.status-" + status.value() + ".title", language, message));
        body.put("status", status.value());
        body.put("detail", message);
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("errors", List.of(Map.of("field", "Authorization", "message", message)));
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Polku staff\", charset=\"UTF-8\"");
        }
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
