package fi.polku.assistant.staff;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fi.polku.assistant.booking.BookingApiContractTests;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff sign in with OIDC against an identity provider served by WireMock (discovery document, JWKS, authorization
 * and token endpoints, an RS256-signed ID token): the authorization-code flow is followed step by step, and the
 * token's {@code polku_roles} and {@code polku_municipalities} claims limit the inbox like a configured account's.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.security.oauth2.client.registration.polku-idp.client-id=polku",
            "spring.security.oauth2.client.registration.polku-idp.client-secret=idp-secret",
            "spring.security.oauth2.client.registration.polku-idp.client-name=Polku IdP",
            "spring.security.oauth2.client.registration.polku-idp.scope=openid"
        })
@AutoConfigureWebTestClient
class OidcStaffSignInIntegrationTests extends BookingApiContractTests {

    private static final WireMockServer IDP = new WireMockServer(options().dynamicPort());
    private static final RSAKey KEY;

    static {
        IDP.start();
        try {
            KEY = new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        String issuer = IDP.baseUrl() + "/realms/polku";
        IDP.stubFor(get(urlPathEqualTo("/realms/polku/.well-known/openid-configuration"))
                .willReturn(okJson("""
                        {"issuer": "%1$s",
                         "authorization_endpoint": "%1$s/authorize",
                         "token_endpoint": "%1$s/token",
                         "jwks_uri": "%1$s/jwks",
                         "response_types_supported": ["code"],
                         "subject_types_supported": ["public"],
                         "id_token_signing_alg_values_supported": ["RS256"],
                         "scopes_supported": ["openid"]}
                        """.formatted(issuer))));
        IDP.stubFor(
                get(urlPathEqualTo("/realms/polku/jwks")).willReturn(okJson(new JWKSet(KEY.toPublicJWK()).toString())));
        // the provider signs the person in and sends the browser back with a code and the same state
        IDP.stubFor(get(urlPathEqualTo("/realms/polku/authorize"))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader(
                                HttpHeaders.LOCATION,
                                "{{request.query.redirect_uri}}?code=test-code&state={{urlEncode request.query.state}}")
                        .withTransformers("response-template")));
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.security.oauth2.client.provider.polku-idp.issuer-uri", () -> IDP.baseUrl() + "/realms/polku");
    }

    @AfterAll
    static void stop() {
        IDP.stop();
    }

    @Test
    void aVaasaTeamMemberSignedInWithOidcSeesOnlyVaasasTeamReferrals() throws Exception {
        booked(bookingBody(screening(TEAM_ANSWERS), freeSlot("WORK_ABILITY_TEAM", "vaasa", 0)));
        booked(bookingBody(
                screening(TEAM_ANSWERS.replace("\"vaasa\"", "\"oulu\"")), freeSlot("WORK_ABILITY_TEAM", "oulu", 0)));
        booked(bookingBody(screening("{\"municipality\": \"vaasa\"}"), freeSlot("SERVICE_GUIDANCE", "vaasa", 0)));

        client.get()
                .uri("/staff/login")
                .exchange()
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("/oauth2/authorization/polku-idp", "Polku IdP"));

        String session = signIn(Map.of(
                "preferred_username", "liisa.vaasa",
                "polku_roles", List.of("WORK_ABILITY_TEAM", "some-other-app-role"),
                "polku_municipalities", List.of("vaasa")));

        Map<String, Object> inbox = client.get()
                .uri("/api/staff/referrals")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> referrals = (List<Map<String, Object>>) inbox.get("referrals");
        assertThat(referrals)
                .isNotEmpty()
                .allSatisfy(referral -> assertThat(referral)
                        .containsEntry("target", "WORK_ABILITY_TEAM")
                        .containsEntry("municipality", "vaasa"));
        client.get()
                .uri("/api/staff/referrals?target=SERVICE_GUIDANCE")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isForbidden();
        String id = (String) referrals.getFirst().get("id");
        client.get()
                .uri("/api/staff/referrals/{id}/audit", id)
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isOk();
        client.get()
                .uri("/staff")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("liisa.vaasa"));
    }

    @Test
    void refusesSomeoneWithNoStaffRoleInTheToken() throws Exception {
        EntityExchangeResult<byte[]> callback = callback(Map.of("preferred_username", "visitor"));

        assertThat(callback.getStatus().value()).isEqualTo(302);
        assertThat(callback.getResponseHeaders().getLocation()).hasToString("/staff/login?error");
    }

    /** Follows the whole authorization-code flow and returns the signed-in session. */
    private String signIn(Map<String, Object> claims) throws Exception {
        EntityExchangeResult<byte[]> callback = callback(claims);
        assertThat(callback.getStatus().value()).isEqualTo(302);
        assertThat(callback.getResponseHeaders().getLocation()).hasToString("/staff");
        ResponseCookie session = callback.getResponseCookies().getFirst("SESSION");
        assertThat(session).isNotNull();
        return session.getValue();
    }

    private EntityExchangeResult<byte[]> callback(Map<String, Object> claims) throws Exception {
        // 1. the app sends the browser to the provider, remembering state and nonce in the session
        EntityExchangeResult<byte[]> start = client.get()
                .uri("/oauth2/authorization/polku-idp")
                .exchange()
                .expectStatus()
                .isFound()
                .expectBody()
                .returnResult();
        URI authorize = start.getResponseHeaders().getLocation();
        assertThat(authorize.toString()).startsWith(IDP.baseUrl() + "/realms/polku/authorize");
        String session = start.getResponseCookies().getFirst("SESSION").getValue();
        String nonce =
                UriComponentsBuilder.fromUri(authorize).build().getQueryParams().getFirst("nonce");
        assertThat(nonce).isNotBlank();

        // 2. the provider sends it back with a code
        URI back = WebTestClient.bindToServer()
                .baseUrl(IDP.baseUrl())
                .build()
                .get()
                .uri(authorize)
                .exchange()
                .expectStatus()
                .isFound()
                .expectBody()
                .returnResult()
                .getResponseHeaders()
                .getLocation();
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/polku-idp");

        // 3. the app exchanges the code for the ID token
        IDP.stubFor(post(urlPathEqualTo("/realms/polku/token"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("code=test-code"))
                .withBasicAuth("polku", "idp-secret")
                .willReturn(okJson("""
                        {"access_token": "access-token", "token_type": "Bearer", "expires_in": 300,
                         "scope": "openid", "id_token": "%s"}
                        """.formatted(idToken(nonce, claims)))));
        return client.get()
                .uri(back) // a URI, not a template: the state stays encoded as the provider sent it
                .cookie("SESSION", session)
                .exchange()
                .expectBody()
                .returnResult();
    }

    private static String idToken(String nonce, Map<String, Object> claims) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder()
                .issuer(IDP.baseUrl() + "/realms/polku")
                .subject("f3b1c2d4-staff")
                .audience("polku")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce);
        claims.forEach(token::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(KEY.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                token.build());
        jwt.sign(new RSASSASigner(KEY));
        return new String(jwt.serialize().getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
    }
}
