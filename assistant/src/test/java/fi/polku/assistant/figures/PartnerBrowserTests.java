package fi.polku.assistant.figures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fi.polku.assistant.BrowserIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;

/**
 * The partner page in a real browser: reached through the staff sign-in, no WCAG 2.1 A/AA violation (axe-core) in
 * fi, sv and en, and a period chosen with JavaScript off.
 */
@TestPropertySource(
        properties = {
            "polku.partners.mieli.name=MIELI ry",
            "polku.partners.mieli.name-sv=MIELI rf",
            "polku.partners.mieli.name-en=MIELI Mental Health Finland",
            "polku.staff.users.mieli.password={noop}mieli-secret",
            "polku.staff.users.mieli.roles=PARTNER",
            "polku.staff.users.mieli.partner=mieli",
        })
class PartnerBrowserTests extends BrowserIntegrationTest {

    private static void signIn(Page page) {
        page.locator("#username").fill("mieli");
        page.locator("#password").fill("mieli-secret");
        page.locator("main form button[type=submit]").click();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fi", "sv", "en"})
    void showsTheLinkQrCodeAndFiguresAccessibly(String lang) {
        Page page = open(lang + "-FI", true);
        page.navigate("/partners?lang=" + lang);
        assertThat(page).hasURL(Pattern.compile(".*/staff/login$"));
        signIn(page);

        assertThat(page).hasURL(Pattern.compile(".*/partners(\\?.*)?$"));
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator("#partner-link")).hasValue(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/p/mieli"));
        assertThat(page.locator("figure.qr svg[role=img]")).isVisible();
        assertThat(page.locator("#figures-age tbody tr")).hasCount(4);
        assertAccessible(page);
        screenshot(page, "partners-" + lang);
    }

    @Test
    void choosesAPeriodWithJavaScriptOff() {
        Page page = open("fi-FI", false);
        page.navigate("/staff/login");
        signIn(page);
        // a partner has no inbox: the sign-in leads to its own page
        assertThat(page).hasURL(Pattern.compile(".*/partners$"));

        page.locator("#from").fill("2026-11-01");
        page.locator("#to").fill("2026-11-15");
        page.locator("form.period button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/partners\\?from=2026-11-01&to=2026-11-15$"));
        assertThat(page.locator("#figures-heading")).hasText("Luvut 2026-11-01 – 2026-11-15");

        page.locator("#from").fill("2026-11-20");
        page.locator("form.period button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("Alkupäivä ei voi olla loppupäivän jälkeen.");
    }
}
