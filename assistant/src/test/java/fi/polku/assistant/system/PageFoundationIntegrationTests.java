package fi.polku.assistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import fi.polku.assistant.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layout in a real browser: languages, the crisis link, security headers and no WCAG violations. */
class PageFoundationIntegrationTests extends BrowserIntegrationTest {

    @Test
    void answersInFinnishWhenTheBrowserAsksForAnUnsupportedLanguage() {
        Page page = open("de-DE", true);
        page.navigate("/");

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fi");
    }

    @Test
    void picksTheFirstVisitsLanguageFromAcceptLanguageAndRemembersASwitch() {
        Page page = open("sv-FI", true);
        page.navigate("/");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");

        page.locator("nav.languages a[lang=en]").click();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");

        page.navigate("/");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void keepsThePlaceWhenSwitchingLanguage() {
        Page page = open();
        page.navigate("/?x=1");

        assertThat(page.locator("nav.languages a[lang=sv]").getAttribute("href"))
                .isEqualTo("/?x=1&lang=sv");
    }

    @Test
    void sendsAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() {
        Page page = open();
        Response response = page.navigate("/");

        assertThat(response.headerValue("content-security-policy"))
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.headerValue("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headerValue("referrer-policy")).isEqualTo("no-referrer");
        assertThat(response.headerValue("x-frame-options")).isEqualTo("DENY");
    }

    @Test
    void reachesTheCrisisContactsWithOneTap() {
        Page page = open();
        page.navigate("/");

        page.locator("a.crisis-link").click();

        assertThat(page.url()).endsWith("#crisis-help");
        assertThat(page.locator("#crisis-help a[href='tel:112']").first().isVisible())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void showsTheFrontPageWithoutAccessibilityViolations(String lang) {
        Page page = open();
        page.navigate("/?lang=" + lang);

        assertAccessible(page);
        screenshot(page, "front-" + lang);
    }
}
