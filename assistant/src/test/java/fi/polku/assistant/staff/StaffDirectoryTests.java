package fi.polku.assistant.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.segmentation.BookingTarget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Accounts come only from configuration, checked at start; rights per target and municipality. */
class StaffDirectoryTests {

    private static StaffDirectory directory(Map<String, StaffSettings.User> users) {
        return new StaffDirectory(new StaffSettings(
                users,
                new StaffSettings.Oidc("preferred_username", "polku_roles", "polku_municipalities", "polku_partner"),
                Duration.ofMinutes(30)));
    }

    @Test
    void hasNoBuiltInAccount() {
        StaffDirectory directory = directory(Map.of());

        assertThat(directory.usernames()).isEmpty();
        assertThat(directory.findByUsername("admin").blockOptional()).isEmpty();
        assertThat(directory.findByUsername("user").blockOptional()).isEmpty();
    }

    @Test
    void givesEachAccountItsRolesAndMunicipalities() {
        StaffDirectory directory = directory(Map.of(
                "vaasa",
                new StaffSettings.User("{noop}x", List.of("work_ability_team"), List.of("Vaasa"), null),
                "admin",
                new StaffSettings.User("{noop}y", List.of("ADMIN"), List.of(), null)));

        StaffAccount vaasa = directory.account("vaasa").orElseThrow();
        assertThat(vaasa.maySee(BookingTarget.WORK_ABILITY_TEAM, "vaasa")).isTrue();
        assertThat(vaasa.maySee(BookingTarget.WORK_ABILITY_TEAM, "oulu")).isFalse();
        assertThat(vaasa.maySee(BookingTarget.SERVICE_GUIDANCE, "vaasa")).isFalse();
        assertThat(directory.account("admin").orElseThrow().maySee(BookingTarget.SERVICE_GUIDANCE, "oulu"))
                .isTrue();
        assertThat(directory.findByUsername("vaasa").block().getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_WORK_ABILITY_TEAM");
    }

    @Test
    void stopsStartUpOnAMistakeNamingTheKeyButNotThePassword() {
        assertThatThrownBy(() -> directory(
                        Map.of("a", new StaffSettings.User("plain-secret", List.of("ADMIN"), List.of(), null))))
                .hasMessageContaining("polku.staff.users.a.password")
                .hasMessageNotContaining("plain-secret");
        assertThatThrownBy(() ->
                        directory(Map.of("b", new StaffSettings.User("{noop}x", List.of("BOSS"), List.of(), null))))
                .hasMessageContaining("polku.staff.users.b.roles");
        assertThatThrownBy(() ->
                        directory(Map.of("c", new StaffSettings.User("{noop}x", List.of("PARTNER"), List.of(), null))))
                .hasMessageContaining("polku.staff.users.c.partner");
    }
}
