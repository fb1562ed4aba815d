package fi.polku.assistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
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

    @Test
    void theSkipLinkIsTheFirstTabStopAndLeadsIntoTheMainContent() {
        Page page = open();
        page.navigate("/");

        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip-link");
        assertThat(page.locator(".skip-link").isVisible()).isTrue();
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");
        page.keyboard().press("Tab");
        assertThat((Boolean) page.evaluate("() => !!document.activeElement.closest('main')"))
                .isTrue();
    }

    @Test
    void aStepOfTheQuestionnaireStartsAtItsHeadingWithTheHeaderOneShiftTabAway() {
        Page page = open();
        page.navigate("/screening/1");

        PlaywrightAssertions.assertThat(page.locator("main h1")).isFocused();
        page.keyboard().press("Shift+Tab");
        PlaywrightAssertions.assertThat(page.locator("header a.crisis-link")).isFocused();
    }

    @Test
    void theHeaderHasNoLinkToThePageItselfOrASecondLinkHome() {
        Page page = open();
        page.navigate("/?lang=sv");

        assertThat(page.locator("nav.languages a[lang=sv]").count()).isZero();
        assertThat(page.locator("nav.languages [aria-current=true]").getAttribute("lang"))
                .isEqualTo("sv");
        assertThat(page.locator("header a[href='/']").count()).isEqualTo(1);
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
