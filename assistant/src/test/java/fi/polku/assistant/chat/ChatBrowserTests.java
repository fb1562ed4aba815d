package fi.polku.assistant.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fi.polku.segmentation.Language.FI;
import static fi.polku.segmentation.Language.SV;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.polku.assistant.BrowserIntegrationTest;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.rules.RuleBook;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code /chat} page in a real browser: end to end in Finnish with JavaScript (answers over the API, replies over
 * the event stream, focus kept in the text box, one log entry per message) and in Swedish without it (form posts),
 * a language switch mid-way, resuming with the code in a fresh browser context, and no WCAG 2.1 A/AA violations.
 */
class ChatBrowserTests extends BrowserIntegrationTest {

    private static final Instrument INSTRUMENT = RuleBook.loadBundled().instrument();

    /** The question of an item as the chat asks it; the wording is the rule folder's to change. */
    private static String q(String item, Language language) {
        return INSTRUMENT.item(item).orElseThrow().label().in(language);
    }

    private static Locator lastAssistant(Page page) {
        return page.locator("#chat-log .message.assistant").last();
    }

    private static void say(Page page, String text) {
        page.locator("#message").fill(text);
        page.locator("#chat-form button[type=submit]").click();
    }

    private static void pick(Page page, String label) {
        page.locator("#chat-replies button", new Page.LocatorOptions().setHasText(label))
                .first()
                .click();
    }

    /** Skips questions until the one asked contains the text. */
    private static void skipUntil(Page page, String skip, String question) {
        for (int i = 0; i < 40 && !lastAssistant(page).innerText().contains(question); i++) {
            int before = page.locator("#chat-log .message").count();
            pick(page, skip);
            page.waitForCondition(() -> page.locator("#chat-log .message").count() > before + 1);
        }
        assertThat(lastAssistant(page)).containsText(question);
    }

    @Test
    void chatsToTheResultInFinnishWithJavaScript() {
        Page page = open("fi-FI", true);
        page.navigate("/chat");
        assertThat(page.locator("#chat-log")).hasAttribute("role", "log");
        assertThat(page.locator("#chat-log")).hasAttribute("aria-live", "polite");
        assertThat(lastAssistant(page)).containsText(q("age", FI));
        assertAccessible(page);

        say(page, "neljäkymmentäviisi");
        assertThat(lastAssistant(page)).containsText(q("municipality", FI));
        assertThat(page.locator("#message")).isFocused();
        assertThat(page.locator("#chat-log .message.resident").last()).hasText(Pattern.compile(".*neljäkymmentäviisi"));
        assertThat(page.locator("#chat-replies fieldset legend").first()).hasText("Vastausvaihtoehdot");
        assertThat(page.url()).endsWith("/chat");
        assertAccessible(page);
        screenshot(page, "chat-fi");

        pick(page, "Vaasa");
        assertThat(lastAssistant(page)).containsText(q("employment_status", FI));
        assertThat(page.locator("#message")).isFocused();
        say(page, "olen työtön");
        assertThat(lastAssistant(page)).containsText(q("unemployment_months", FI));
        skipUntil(page, "Ohita", q("support_areas", FI));
        page.locator("#chat-replies label", new Page.LocatorOptions().setHasText("Terveys"))
                .click();
        page.locator("#chat-replies label", new Page.LocatorOptions().setHasText("Työnhaku"))
                .click();
        page.locator("#chat-replies button", new Page.LocatorOptions().setHasText("Lähetä valinnat"))
                .click();
        assertThat(lastAssistant(page)).containsText(q("current_services", FI));
        skipUntil(page, "Ohita", "Tässä vastauksesi");
        assertThat(lastAssistant(page)).containsText("Apua haluaisin: Terveys, Työnhaku");
        assertAccessible(page);

        pick(page, "Vahvista ja näytä tulos");
        Locator result = lastAssistant(page).locator("a");
        assertThat(result).hasText("Katso tuloksesi");
        assertThat(result).hasAttribute("href", Pattern.compile("/result/[A-Za-z0-9_-]{22}"));
        // every message was added to the log once
        assertThat(page.locator("#chat-log .message.assistant", new Page.LocatorOptions().setHasText("Kiitos!")))
                .hasCount(1);
    }

    @Test
    void chatsInSwedishWithJavaScriptWithoutAccessibilityViolations() {
        Page page = open("sv-FI", true);
        page.navigate("/chat");
        assertThat(lastAssistant(page)).containsText(q("age", SV));
        assertAccessible(page);

        say(page, "fyrtiofem år");
        assertThat(lastAssistant(page)).containsText(q("municipality", SV));
        assertThat(page.locator("#message")).isFocused();
        pick(page, "Vasa");
        assertThat(lastAssistant(page)).containsText(q("employment_status", SV));
        assertAccessible(page);
        screenshot(page, "chat-sv");
        say(page, "jag vet inte riktigt");
        assertThat(lastAssistant(page)).containsText("Välj ett av alternativen.");
        say(page, "banan");
        say(page, "äpple");
        assertThat(lastAssistant(page)).containsText("svara i formuläret");
        assertThat(page.locator("#chat-replies button", new Page.LocatorOptions().setHasText("Svara i formuläret")))
                .isVisible();
        assertAccessible(page);
    }

    /** Axe-core runs scripts, so it checks the JavaScript-on pages; these are the same server-rendered templates. */
    @Test
    void chatsInSwedishWithoutJavaScriptAndSwitchesLanguage() {
        Page page = open("sv-FI", false);
        page.navigate("/chat");
        assertThat(lastAssistant(page)).containsText(q("age", SV));

        say(page, "fyrtiofem år");
        assertThat(lastAssistant(page)).containsText(q("municipality", SV));
        assertThat(page.locator("#message")).isFocused();
        pick(page, "Vasa");
        assertThat(lastAssistant(page)).containsText(q("employment_status", SV));
        say(page, "arbetslös");
        assertThat(lastAssistant(page)).containsText(q("unemployment_months", SV));
        screenshot(page, "chat-sv-nojs");

        page.locator("nav.languages a[lang=fi]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fi");
        assertThat(lastAssistant(page)).containsText(q("unemployment_months", FI));
        say(page, "kaksi vuotta");
        assertThat(lastAssistant(page)).containsText(q("unemployment_spells_3y", FI));
        skipUntil(page, "Ohita", "Tässä vastauksesi");
        assertThat(lastAssistant(page)).containsText("Työttömyyden kesto, kuukautta: 24");
        pick(page, "Vahvista ja näytä tulos");
        assertThat(lastAssistant(page).locator("a")).hasAttribute("href", Pattern.compile("/result/.{22}"));
    }

    @Test
    void resumesWithTheCodeInAFreshBrowserContext() {
        Page first = open("fi-FI", false);
        first.navigate("/chat");
        say(first, "45");
        pick(first, "Oulu");
        String code = first.locator(".resume-code").innerText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        Page elsewhere = openElsewhere("fi-FI", true);
        elsewhere.navigate("/chat");
        assertThat(lastAssistant(elsewhere)).containsText(q("age", FI));
        elsewhere.locator("#resume-code").fill(code.toLowerCase().replace("-", " "));
        elsewhere.locator(".resume button[type=submit]").click();

        assertThat(elsewhere).hasURL(Pattern.compile(".*/chat$"));
        assertThat(lastAssistant(elsewhere)).containsText(q("employment_status", FI));
        assertThat(elsewhere.locator("#chat-log")).containsText("45");
        assertThat(elsewhere.locator(".resume-code")).hasText(code);

        elsewhere.locator("#resume-code").fill("0000-0000-0000");
        elsewhere.locator(".resume button[type=submit]").click();
        assertThat(elsewhere.locator("#resume-error")).containsText("Koodilla ei löytynyt");
        assertAccessible(elsewhere);
        elsewhere.context().close();
    }

    @Test
    void keepsOneStateWhenSwitchingBetweenChatAndQuestionnaire() {
        Page page = open("fi-FI", true);
        page.navigate("/chat");
        say(page, "45");
        assertThat(lastAssistant(page)).containsText(q("municipality", FI));
        pick(page, "Oulu");
        assertThat(lastAssistant(page)).containsText(q("employment_status", FI));

        page.navigate("/screening/1");
        assertThat(page.locator("#q-age")).hasValue("45");
        page.locator("#q-employment_status-laid_off").check();
        page.locator("#q-unemployment_months").fill("5");
        page.locator("button[value=next]").click();
        page.waitForURL(Pattern.compile(".*/screening/2.*"));

        page.navigate("/chat");
        assertThat(page.locator("#chat-log")).containsText("Jatketaan siitä, mihin jäit.");
        assertThat(page.locator("#chat-log")).containsText("45");
        assertThat(lastAssistant(page)).not().containsText(q("employment_status", FI));
        assertThat(lastAssistant(page)).not().containsText(q("unemployment_months", FI));
        say(page, "ohita");
        assertThat(page.locator("#chat-log .message.assistant").last()).not().containsText(q("age", FI));
    }
}
