package fi.polku.assistant.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns an OIDC sign-in into a staff member with the same rights as a {@code polku.staff.users} account: the roles
 * claim gives the roles, the municipalities claim the municipality limits (absent or empty = every municipality of
 * the roles), the partner claim a PARTNER's code; claim names under {@code polku.staff.oidc.*}. The rights travel as
 * granted authorities ({@code ROLE_*}, {@code MUNICIPALITY_*}, {@code PARTNER_CODE_*}), so that the session holds
 * only serialisable standard types. Someone with no known role is refused at sign-in.
 */
@Component
class StaffOidcUsers implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private static final String ROLE = "ROLE_";
    private static final String MUNICIPALITY = "MUNICIPALITY_";
    private static final String PARTNER = "PARTNER_CODE_";

    private final StaffSettings.Oidc claims;
    private final OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();

    StaffOidcUsers(StaffSettings settings) {
        this.claims = settings.oidc();
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return delegate.loadUser(request).map(this::staffUser);
    }

    OidcUser staffUser(OidcUser user) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String value : values(user.getClaims().get(claims.rolesClaim()))) {
            try {
                roles.add(StaffRole.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                // roles of other applications in the same claim are none of ours
            }
        }
        String partner = user.getClaimAsString(claims.partnerClaim());
        if (roles.isEmpty() || (roles.contains(StaffRole.PARTNER) && (partner == null || partner.isBlank()))) {
            throw new OAuth2AuthenticationException(new OAuth2Error(
                    "access_denied", "No staff role in claim " + claims.rolesClaim() + " (or no partner code)", null));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(ROLE + role.name())));
        values(user.getClaims().get(claims.municipalitiesClaim()))
                .forEach(slug ->
                        authorities.add(new SimpleGrantedAuthority(MUNICIPALITY + slug.toLowerCase(Locale.ROOT))));
        if (partner != null && !partner.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(PARTNER + partner.strip()));
        }
        String nameClaim = user.getClaimAsString(claims.usernameClaim()) != null ? claims.usernameClaim() : "sub";
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
    }

    /** The rights of an OIDC-signed-in staff member, from the authorities {@link #staffUser} gave. */
    static StaffAccount account(String username, Collection<? extends GrantedAuthority> authorities) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        Set<String> municipalities = new LinkedHashSet<>();
        String partner = null;
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name == null) {
                continue;
            }
            if (name.startsWith(ROLE)) {
                try {
                    roles.add(StaffRole.valueOf(name.substring(ROLE.length())));
                } catch (IllegalArgumentException e) {
                    // not a staff role
                }
            } else if (name.startsWith(MUNICIPALITY)) {
                municipalities.add(name.substring(MUNICIPALITY.length()));
            } else if (name.startsWith(PARTNER)) {
                partner = name.substring(PARTNER.length());
            }
        }
        return new StaffAccount(username, roles, municipalities, partner);
    }

    /** A claim as a list of strings: a JSON array, or one string separated by spaces or commas. */
    private static List<String> values(@Nullable Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(value -> values.addAll(values(value)));
        } else if (claim instanceof String text) {
            for (String value : text.split("[\\s,]+")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }
}
