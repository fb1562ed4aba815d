package fi.polku.assistant.staff;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts under {@code polku.staff.users.<username>}; none are built in. With OIDC sign-in (Spring Security's
 * {@code spring.security.oauth2.client.*}) the identity provider's claims named under {@code polku.staff.oidc.*}
 * give the same rights.
 *
 * @param users the accounts by user name
 * @param oidc the claim names of an OIDC sign-in
 * @param sessionTimeout how long a sign-in lasts after the staff member's last request
 */
@ConfigurationProperties("polku.staff")
public record StaffSettings(
        @DefaultValue Map<String, User> users,
        @DefaultValue Oidc oidc,
        @DefaultValue("30m") Duration sessionTimeout) {

    /**
     * The ID token's claims that carry a staff member's rights.
     *
     * @param usernameClaim the name shown and audited (falls back to {@code sub} when absent)
     * @param rolesClaim the roles (array or space/comma-separated): SERVICE_GUIDANCE, WORK_ABILITY_TEAM, PARTNER, ADMIN
     * @param municipalitiesClaim the municipality slugs; absent or empty = every municipality of the roles
     * @param partnerClaim the partner code of a PARTNER
     */
    public record Oidc(
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("polku_roles") String rolesClaim,
            @DefaultValue("polku_municipalities") String municipalitiesClaim,
            @DefaultValue("polku_partner") String partnerClaim) {}

    /**
     * One account.
     *
     * @param password {@code {bcrypt}...} (or {@code {noop}...} for local trials only)
     * @param roles SERVICE_GUIDANCE, WORK_ABILITY_TEAM, PARTNER, ADMIN
     * @param municipalities the municipality slugs it may see; empty = every municipality of its roles
     * @param partner the partner code of a PARTNER account
     */
    public record User(
            @Nullable String password,
            @DefaultValue List<String> roles,
            @DefaultValue List<String> municipalities,
            @Nullable String partner) {}
}
