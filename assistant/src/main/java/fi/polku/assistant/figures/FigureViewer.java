package fi.polku.assistant.figures;

import fi.polku.assistant.staff.StaffAccount;
import fi.polku.assistant.staff.StaffRole;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whose figures a staff account may see: the teams and admins every source's, a partner its own source's only.
 *
 * @param partner the partner code a PARTNER account is limited to, or null for every source
 */
record FigureViewer(@Nullable String partner) {

    private static final EnumSet<StaffRole> ALL_SOURCES =
            EnumSet.of(StaffRole.ADMIN, StaffRole.SERVICE_GUIDANCE, StaffRole.WORK_ABILITY_TEAM);

    /** The viewer an account is, or empty when it may see no figures (a partner account without its code). */
    static Optional<FigureViewer> of(StaffAccount account) {
        if (account.roles().stream().anyMatch(ALL_SOURCES::contains)) {
            return Optional.of(new FigureViewer(null));
        }
        String code = account.partner();
        if (!account.roles().contains(StaffRole.PARTNER) || code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new FigureViewer(code.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The source the figures are limited to when this viewer asks for the source (null: every source), or empty when
     * it may not see that source.
     */
    Optional<Scope> scope(@Nullable String asked) {
        String source = asked == null || asked.isBlank() ? null : asked.strip().toLowerCase(Locale.ROOT);
        if (partner == null) {
            return Optional.of(new Scope(source));
        }
        return source == null || source.equals(partner) ? Optional.of(new Scope(partner)) : Optional.empty();
    }

    /** The figures' source limit: null for every source. */
    record Scope(@Nullable String source) {}
}
