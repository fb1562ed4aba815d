package fi.polku.assistant.booking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import fi.polku.assistant.BrowserIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;

/**
 * Booking and the staff side in a real browser: a resident from a partner's link through the questionnaire to a
 * booked time by keyboard only (key presses and time measured into {@code target/booking-journey.tsv}), a staff
 * member opening that referral and marking it contacted, axe-core on every booking and staff page in fi, sv and en,
 * and the restart page for an unknown address.
 */
@TestPropertySource(
        properties = {
            "polku.partners.mieli.name=MIELI ry",
            "polku.staff.users.guide.password={noop}guide-secret",
            "polku.staff.users.guide.roles=SERVICE_GUIDANCE",
        })
class BookingBrowserTests extends BrowserIntegrationTest {

    private static final Path JOURNEY = Path.of("target", "booking-journey.tsv");
    private static final Map<String, String> JOURNEYS = new ConcurrentHashMap<>();
    private static final double SLOW = 30_000;

    /** Counts the resident's key presses; every step is a key, never a click. */
    private static final class Keyboard {
        private final Page page;
        int presses;
        int tabs;
        int pages = 1;

        Keyboard(Page page) {
            this.page = page;
        }

        void press(String key) {
            page.keyboard().press(key);
            presses++;
        }

        void type(String text) {
            page.keyboard().type(text);
            presses += text.length();
        }

        /** Tabs forward until the element matching the selector has the focus, as a keyboard user would. */
        void tabTo(String selector) {
            for (int i = 0; i < 200; i++) {
                if ((Boolean)
                        page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector)) {
                    return;
                }
                press("Tab");
                tabs++;
            }
            throw new AssertionError("Tab never reached " + selector + " on " + page.url());
        }

        void activate(String selector, String urlPattern) {
            tabTo(selector);
            press("Enter");
            pages++;
            page.waitForURL(Pattern.compile(urlPattern), new Page.WaitForURLOptions().setTimeout(SLOW));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fi", "sv"})
    void aResidentBooksATimeFromAPartnerLinkByKeyboardOnly(String lang) {
        Page page = open(lang + "-FI", true);
        Keyboard keys = new Keyboard(page);
        long started = System.nanoTime();
        page.navigate("/p/mieli", new Page.NavigateOptions().setTimeout(SLOW));
        assertThat(page).hasURL(Pattern.compile(".*/$"));

        keys.activate("main a[href='/screening']", ".*/screening$");
        keys.activate("main a[href='/screening/1']", ".*/screening/1$");
        keys.tabTo("#q-municipality");
        keys.type("Rovaniemi");
        assertThat(page.locator("#q-municipality")).hasValue("rovaniemi");
        for (int section = 2; section <= 5; section++) {
            keys.activate("button[value=next]", ".*/screening/" + section + "$");
        }
        keys.activate("button[value=next]", ".*/screening/summary$");
        keys.activate("form[action='/screening/confirm'] button", ".*/result/[A-Za-z0-9_-]{22,}$");
        keys.activate("main a.button[href^='/book/']", ".*/book/.*");

        keys.tabTo("#slot-0");
        keys.press("Space");
        assertThat(page.locator("#slot-0")).isChecked();
        keys.activate("#choose", ".*/book/[^/?]+/hold$");
        assertThat(page.locator("#hold-until")).isVisible();
        keys.tabTo("#name");
        keys.type("Aino Lahtinen");
        keys.tabTo("#phone");
        keys.type("0401234567");
        keys.tabTo("#consentToShare");
        keys.press("Space");
        assertThat(page.locator("#consentToShare")).isChecked();
        keys.activate("#confirm", ".*/booking/[^/?]+\\?token=.+");
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator("main h1")).hasText(lang.equals("fi") ? "Aika on varattu" : "Tiden är bokad");
        JOURNEYS.put(
                lang,
                lang + "\t" + keys.presses + "\t" + keys.tabs + "\t" + keys.pages + "\t"
                        + String.format(java.util.Locale.ROOT, "%.1f", seconds));
        writeJourneys();

        staffMarksContacted(bookedStart(page));
    }

    /**
     * The booked time as the staff page writes it ({@code yyyy-MM-ddTHH:mm}), read from the booking API with the
     * confirmation page's own address (slot ids are random and say nothing of the time).
     */
    private static String bookedStart(Page confirmation) {
        String path = confirmation.url().substring(confirmation.url().indexOf("/booking/"));
        APIResponse booking = confirmation.request().get("/api" + path.replace("/booking/", "/bookings/"));
        assertThat(booking.status()).isEqualTo(200);
        var start = Pattern.compile("\"start\":\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})")
                .matcher(booking.text());
        assertThat(start.find()).as(booking.text()).isTrue();
        return start.group(1);
    }

    /** The staff side of the same booking: sign in, open the referral from the inbox, mark it contacted. */
    private void staffMarksContacted(String start) {
        Page staff = openElsewhere("fi-FI", true);
        try {
            staff.setDefaultTimeout(SLOW);
            signIn(staff);
            staff.locator("main tr", new Page.LocatorOptions().setHasText("Aino Lahtinen"))
                    .first()
                    .locator("a")
                    .click();
            assertThat(staff).hasURL(Pattern.compile(".*/staff/referrals/[^/]+$"));
            assertThat(staff.locator("main dl").first()).containsText("mieli");
            assertThat(staff.locator("main dl").first()).containsText(start);
            staff.locator("#status").selectOption("CONTACTED");
            staff.locator("main form[action$='/status'] button[type=submit]").click();
            assertThat(staff.locator("main dl dd").first()).hasText("CONTACTED");
        } finally {
            staff.context().close();
        }
    }

    private static void signIn(Page staff) {
        staff.navigate("/staff/login");
        staff.locator("#username").fill("guide");
        staff.locator("#password").fill("guide-secret");
        staff.locator("main form button[type=submit]").click();
        staff.waitForURL(Pattern.compile(".*/staff$"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyBookingAndStaffPageIsAccessible(String lang) {
        Page page = open(lang + "-FI", true);
        page.setDefaultTimeout(SLOW);
        APIResponse created = page.request()
                .post(
                        "/api/screenings",
                        RequestOptions.create()
                                .setHeader("Content-Type", "application/json")
                                .setData("{\"answers\":{\"municipality\":\"rovaniemi\"}}"));
        assertThat(created.status()).isEqualTo(201);
        var found = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created.text());
        assertThat(found.find()).as(created.text()).isTrue();
        String id = found.group(1);

        page.navigate("/book/" + id + "?lang=" + lang);
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertAccessible(page);
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertAccessible(page);
        page.locator("#slot-0").check();
        page.locator("#choose").click();
        assertThat(page.locator("#hold-until time")).isVisible();
        assertAccessible(page);
        String heldUntil = page.locator("#hold-until time").getAttribute("datetime");
        page.locator("#name").fill("Aino Lahtinen");
        page.locator("#more-time").click();
        // "more time" moves the end of the hold later and keeps what was typed
        assertThat(page.locator("#hold-until time")).not().hasAttribute("datetime", heldUntil);
        assertThat(Instant.parse(page.locator("#hold-until time").getAttribute("datetime")))
                .isAfter(Instant.parse(heldUntil));
        assertThat(page.locator("#name")).hasValue("Aino Lahtinen");
        page.locator("#phone").fill("0401234567");
        page.locator("#consentToShare").check();
        page.locator("#confirm").click();
        page.waitForURL(Pattern.compile(".*/booking/[^/?]+\\?token=.+"));
        assertAccessible(page);
        screenshot(page, "booking-" + lang);

        page.navigate("/staff/login?lang=" + lang);
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertAccessible(page);
        signIn(page);
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertAccessible(page);
        page.locator("main tbody a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/staff/referrals/[^/]+$"));
        assertAccessible(page);
        screenshot(page, "staff-referral-" + lang);
    }

    @Test
    void anUnknownPageGetsTheRestartPageAndTheApiKeepsItsProblem() {
        Page page = open("sv-FI", true);
        page.setDefaultTimeout(SLOW);
        Response response = page.navigate("/no-such-page");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headerValue("content-type")).startsWith("text/html");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("main a.button[href='/']")).isVisible();
        assertThat(page.locator("footer")).isVisible();
        assertAccessible(page);

        Response english = page.navigate("/no/such/page?lang=en");
        assertThat(english.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        APIResponse api =
                page.request().get("/api/no-such-thing", RequestOptions.create().setHeader("Accept", "text/html,*/*"));
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(api.text()).contains("\"path\"");
        APIResponse script =
                page.request().get("/no-such-page", RequestOptions.create().setHeader("Accept", "application/json"));
        assertThat(script.status()).isEqualTo(404);
        assertThat(script.headers().get("content-type")).startsWith("application/problem+json");
    }

    private static synchronized void writeJourneys() {
        StringBuilder tsv = new StringBuilder(
                "language\tkey presses\tof them Tab\tpages\tseconds from partner link to confirmation\n");
        new TreeMap<>(JOURNEYS).values().forEach(row -> tsv.append(row).append('\n'));
        try {
            Files.createDirectories(JOURNEY.getParent());
            Files.writeString(JOURNEY, tsv);
        } catch (IOException e) {
            throw new AssertionError("cannot write " + JOURNEY, e);
        }
    }

    @AfterAll
    static void keepFigures() {
        if (!JOURNEYS.isEmpty()) {
            writeJourneys();
        }
    }
}
