package fi.polku.assistant.staff;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts under {@code polku.staff.users.<username>}; none are built in.
 *
 * @param users the accounts by user name
 */
@ConfigurationProperties("polku.staff")
public record StaffSettings(@DefaultValue Map<String, User> users) {

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
