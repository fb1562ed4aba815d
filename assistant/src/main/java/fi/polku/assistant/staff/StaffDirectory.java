package fi.polku.assistant.staff;

import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The staff accounts of {@code polku.staff.users.*}, checked at start: a password with its encoder id, known roles,
 * a partner code for PARTNER accounts. A mistake stops start-up naming the key (never the password).
 */
@Component
public class StaffDirectory implements ReactiveUserDetailsService {

    private final Map<String, Entry> accounts;

    StaffDirectory(StaffSettings settings) {
        this.accounts = settings.users().entrySet().stream()
                .map(user -> entry(user.getKey(), user.getValue()))
                .collect(Collectors.toUnmodifiableMap(entry -> entry.account().username(), Function.identity()));
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return Mono.justOrEmpty(accounts.get(username)).map(Entry::details);
    }

    /** The rights of a signed-in principal: an OIDC sign-in's from its claims, else the configured account's. */
    public Optional<StaffAccount> account(Principal principal) {
        if (principal instanceof OAuth2AuthenticationToken oidc) {
            return Optional.of(StaffOidcUsers.account(oidc.getName(), oidc.getAuthorities()));
        }
        return account(principal.getName());
    }

    /** The rights of a signed-in user name. */
    public Optional<StaffAccount> account(String username) {
        return Optional.ofNullable(accounts.get(username)).map(Entry::account);
    }

    private static Entry entry(String username, StaffSettings.User user) {
        String key = "polku.staff.users." + username;
        String password = user.password();
        if (password == null || !password.matches("\\{[a-z0-9]+}.+")) {
            throw new IllegalStateException(
                    key + ".password must be set as {bcrypt}<hash> (or {noop}<password> for local trials)");
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String role : user.roles()) {
            try {
                roles.add(StaffRole.valueOf(role.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(key + ".roles: unknown role " + role
                        + " (SERVICE_GUIDANCE, WORK_ABILITY_TEAM, PARTNER, ADMIN)");
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalStateException(key + ".roles must name at least one role");
        }
        if (roles.contains(StaffRole.PARTNER)
                && (user.partner() == null || user.partner().isBlank())) {
            throw new IllegalStateException(key + ".partner must name the partner code of a PARTNER account");
        }
        Set<String> municipalities = new LinkedHashSet<>();
        user.municipalities().forEach(slug -> municipalities.add(slug.strip().toLowerCase(Locale.ROOT)));
        StaffAccount account = new StaffAccount(username, roles, municipalities, user.partner());
        UserDetails details = User.withUsername(username)
                .password(password)
                .roles(roles.stream().map(Enum::name).toArray(String[]::new))
                .build();
        return new Entry(account, details);
    }

    private record Entry(StaffAccount account, UserDetails details) {}

    /** For tests: the user names known. */
    List<String> usernames() {
        return List.copyOf(accounts.keySet());
    }
}
