package fi.polku.assistant.screening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import fi.polku.assistant.BrowserIntegrationTest;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The questionnaire, summary and result pages in a real browser, with JavaScript on and off, in fi and sv. */
class ScreeningPagesIntegrationTests extends BrowserIntegrationTest {

    @ParameterizedTest(name = "{0}, JavaScript {1}")
    @CsvSource({"fi, true", "fi, false", "sv, true", "sv, false"})
    void completesTheQuestionnaireToTheResult(String lang, boolean javaScript) {
        Page page = open(lang + "-FI", javaScript);
        page.navigate("/screening");
        page.locator("main a.button").click();

        String name = "screening-" + lang + (javaScript ? "-js" : "-nojs");
        answerBackground(page);
        assertThat(page.locator("main h1")).not().hasText("");
        answerSituation(page);
        answerSupport(page);
        answerProfile(page, name, javaScript);
        page.locator("#q-own_words").fill("Haluaisin kokeilla osa-aikatyötä.");
        next(page);

        assertThat(page).hasURL(Pattern.compile(".*/screening/summary$"));
        assertThat(page.locator("dl.answers").first()).containsText("45");
        checkAccessible(page, javaScript);
        screenshot(page, name + "-summary");
        page.locator("form[action='/screening/confirm'] button").click();

        assertThat(page).hasURL(Pattern.compile(".*/result/[A-Za-z0-9_-]{22,}$"));
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator("#next-step-heading"))
                .hasText(lang.equals("fi") ? "Työkykytiimi voisi auttaa sinua" : "Arbetsförmågeteamet kan hjälpa dig");
        assertThat(page.locator("main a.button[href^='/book/']")).isVisible();
        assertThat(page.locator("figure.chart svg[role=img]")).isVisible();
        assertThat(page.locator("main table tbody tr")).hasCount(6);
        checkAccessible(page, javaScript);
        screenshot(page, name + "-result");
    }

    @Test
    void showsAnInvalidAnswerInlineAndInTheErrorSummaryAndKeepsIt() {
        Page page = open();
        page.navigate("/screening/1");
        page.locator("#q-age").fill("sata");
        next(page);

        assertThat(page).hasURL(Pattern.compile(".*/screening/1#errors$"));
        assertThat(page.locator("#errors a[href='#q-age']")).containsText("Kirjoita kokonaisluku väliltä 15–70.");
        assertThat(page.locator("#q-age")).hasValue("sata");
        assertThat(page.locator("#q-age")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#q-age")).hasAttribute("aria-describedby", "q-age-hint q-age-error");
        assertThat(page.locator("#q-age-error")).hasText("Kirjoita kokonaisluku väliltä 15–70.");
        assertAccessible(page);
        screenshot(page, "screening-error");
    }

    @Test
    void keepsAnswersGoingBackAndForwardAndOnReload() {
        Page page = open();
        page.navigate("/screening/1");
        page.locator("#q-age").fill("38");
        next(page);
        // the click only starts the post and its redirect: reload once the next section is there
        assertThat(page).hasURL(Pattern.compile(".*/screening/2$"));
        page.reload();
        page.locator("button[value=back]").click();

        assertThat(page).hasURL(Pattern.compile(".*/screening/1$"));
        assertThat(page.locator("#q-age")).hasValue("38");
        // the answer never goes into the address (the random port may hold "38", so only path and query count)
        URI address = URI.create(page.url());
        assertThat(address.getRawPath() + "?" + address.getRawQuery()).doesNotContain("38");
    }

    @Test
    void keepsThePlaceAndTheAnswersWhenTheLanguageChangesMidWay() {
        Page page = open();
        page.navigate("/screening/1");
        page.locator("#q-age").fill("52");
        next(page);

        page.locator("nav.languages a[lang=sv]").click();

        assertThat(page).hasURL(Pattern.compile(".*/screening/2\\?lang=sv$"));
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("main h1")).hasText("Hälsa och riktning");
        page.locator("button[value=back]").click();
        assertThat(page.locator("main h1")).hasText("Bakgrund");
        assertThat(page.locator("#q-age")).hasValue("52");
    }

    @Test
    void resumesWithTheCodeInAFreshBrowserWhereItWasLeft() {
        Page page = open();
        page.navigate("/screening/1");
        page.locator("#q-age").fill("61");
        next(page);
        String code = page.locator(".resume-code .code").textContent();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        Page elsewhere = openElsewhere("sv-FI", false);
        elsewhere.navigate("/screening");
        elsewhere
                .locator("#resume-code")
                .fill(code.toLowerCase(java.util.Locale.ROOT).replace('-', ' '));
        elsewhere.locator("form[action='/screening/resume'] button").click();

        assertThat(elsewhere).hasURL(Pattern.compile(".*/screening/2$"));
        elsewhere.locator("button[value=back]").click();
        assertThat(elsewhere.locator("#q-age")).hasValue("61");
    }

    @Test
    void saysSoWhenAResumeCodeFindsNothing() {
        Page page = open();
        page.navigate("/screening");
        page.locator("#resume-code").fill("ABCD-EFGH-JKMN");
        page.locator("form[action='/screening/resume'] button").click();

        assertThat(page.locator("#resume-code-error")).containsText("Koodilla ei löytynyt vastauksia");
        assertThat(page.locator("#resume-code")).hasAttribute("aria-describedby", "resume-code-hint resume-code-error");
        assertAccessible(page);
    }

    @Test
    void hidesAConditionalQuestionUntilItsAnswerCallsForItWithJavaScript() {
        Page page = open();
        page.navigate("/screening/1");
        assertThat(page.locator("#q-unemployment_months")).isHidden();

        page.locator("#q-employment_status-laid_off").check();

        assertThat(page.locator("#q-unemployment_months")).isVisible();
    }

    @Test
    void showsTheCrisisContactsFirstAfterAFlaggedFreeTextAndLetsTheResidentGoOn() {
        Page page = open();
        page.navigate("/screening/5");
        page.locator("#q-own_words").fill("En jaksa enää elää");
        next(page);

        assertThat(page).hasURL(Pattern.compile(".*/screening/summary$"));
        assertThat(page.locator("#content > :first-child")).hasClass(Pattern.compile("crisis"));
        assertThat(page.locator("main .notice.crisis a[href='tel:112']").first())
                .isVisible();
        page.locator("form[action='/screening/confirm'] button").click();

        assertThat(page.locator("#content > :first-child")).hasClass(Pattern.compile("crisis"));
        assertThat(page.locator("#next-step-heading")).hasText("Hae apua heti");
        assertThat(page.locator("main .cards a").first()).hasAttribute("href", "/services/kriisiapu");
    }

    @Test
    void showsAGentlerNoticeWhenTheUrgentQuestionWasSkipped() {
        Page page = open();
        page.navigate("/screening/summary");
        page.locator("form[action='/screening/confirm'] button").click();

        assertThat(page.locator("#gentle-notice-heading")).isVisible();
        assertThat(page.locator("main .notice a[href='tel:112']").first()).isVisible();
        assertThat(page.locator(".notice.crisis")).hasCount(0);
    }

    @Test
    void deletesTheResidentsDataOnRequest() {
        Page page = open();
        page.navigate("/screening/summary");
        page.locator("form[action='/screening/confirm'] button").click();
        String result = page.url();

        page.locator("form[action$='/delete'] button").click();
        assertThat(page.locator("main h1")).hasText("Tietosi on poistettu");

        Response again = page.navigate(result);
        assertThat(again.status()).isEqualTo(404);
        assertThat(page.locator("main h1")).hasText("Tätä tulosta ei löydy");
        assertThat(page.locator("main a[href='/screening']")).isVisible();
        assertAccessible(page);
    }

    @Test
    void showsAFriendlyRestartPageForAnUnknownResult() {
        Page page = open("sv-FI", false);
        Response response = page.navigate("/result/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main h1")).hasText("Det här resultatet finns inte");
    }

    @Test
    void refusesAPageFormWithoutItsCsrfToken() {
        Page page = open();
        page.navigate("/screening/1");

        APIResponse response = page.request()
                .post(
                        "/screening/1",
                        RequestOptions.create().setForm(FormData.create().set("age", "40")));

        assertThat(response.status()).isEqualTo(403);
    }

    private static void next(Page page) {
        page.locator("button[value=next]").click();
    }

    private static void answerBackground(Page page) {
        page.locator("#q-age").fill("45");
        page.locator("#q-municipality").selectOption("vaasa");
        page.locator("#q-employment_status-unemployed").check();
        page.locator("#q-unemployment_months").fill("18");
        page.locator("#q-unemployment_spells_3y").fill("2");
        page.locator("#q-registered_jobseeker-true").check();
        page.locator("#q-secondary_education-false").check();
        next(page);
    }

    private static void answerSituation(Page page) {
        page.locator("#q-health_affects_work-significantly").check();
        page.locator("#q-health_assessed-false").check();
        page.locator("#q-feels_partial_work_ability-true").check();
        page.locator("#q-situation_clarity-unclear").check();
        page.locator("#q-goal-supported_work").check();
        page.locator("#q-motivation-7").check();
        next(page);
    }

    /** axe needs script in the page: with JavaScript off the same server-rendered HTML is checked with it on. */
    private static void checkAccessible(Page page, boolean javaScript) {
        if (javaScript) {
            assertAccessible(page);
        }
    }

    private static void answerProfile(Page page, String name, boolean javaScript) {
        page.locator("#q-work_ability-3").check();
        for (String id : new String[] {"physical_health", "mobility", "cognition", "daily_life", "environment"}) {
            page.locator("#q-" + id + "-5").check();
        }
        page.locator("#q-mood-4").check();
        page.locator("#q-energy_sleep-4").check();
        checkAccessible(page, javaScript);
        screenshot(page, name + "-profile");
        next(page);
    }

    private static void answerSupport(Page page) {
        page.locator("#q-support_areas-health").check();
        page.locator("#q-support_areas-finances").check();
        page.locator("#q-support_areas-job_search").check();
        page.locator("#q-current_services-none").check();
        page.locator("#q-urgent_concern-false").check();
        next(page);
    }
}
