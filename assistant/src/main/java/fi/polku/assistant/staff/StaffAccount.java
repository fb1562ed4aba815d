package fi.polku.assistant.staff;

import fi.polku.segmentation.BookingTarget;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in staff member's rights.
 *
 * @param municipalities the municipalities it may see; empty = all
 * @param partner the partner code of a PARTNER account, else null
 */
public record StaffAccount(
        String username,
        Set<StaffRole> roles,
        Set<String> municipalities,
        @Nullable String partner) {

    public StaffAccount {
        roles = Set.copyOf(roles);
        municipalities = Set.copyOf(municipalities);
    }

    /** True when it may see referrals of the target in the municipality: the target's role (or ADMIN) and the place. */
    public boolean maySee(BookingTarget target, String municipality) {
        return maySeeTarget(target) && (municipalities.isEmpty() || municipalities.contains(municipality));
    }

    /** True when it has the target's role (or ADMIN). */
    public boolean maySeeTarget(BookingTarget target) {
        return roles.contains(StaffRole.ADMIN) || roles.contains(StaffRole.valueOf(target.name()));
    }
}
