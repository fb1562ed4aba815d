package fi.polku.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The started application (as {@link PolkuIntegrationTest}) driven by a real browser: one chromium per test class,
 * a fresh browser context (cookies, JavaScript on or off, language) per {@link #open}. Uses Debian's
 * {@code /usr/bin/chromium} when it is installed (nothing is downloaded then; {@code .ci/run} installs it), else
 * Playwright's own browser.
 */
@PolkuIntegrationTest
public abstract class BrowserIntegrationTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** WCAG 2.0 and 2.1, levels A and AA: what Finnish law requires of public services. */
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchBrowser() {
        boolean debian = Files.isExecutable(CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(debian ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"));
        if (debian) {
            options.setExecutablePath(CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** A page in a fresh context (no cookies) whose browser asks for the language and runs JavaScript or not. */
    protected Page open(String acceptLanguage, boolean javaScript) {
        closeContext();
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port)
                .setLocale(acceptLanguage)
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        return context.newPage();
    }

    /** A Finnish browser with JavaScript on. */
    protected Page open() {
        return open("fi-FI", true);
    }

    /** Another fresh context beside the current one, e.g. a second device; closed with the test's browser. */
    protected Page openElsewhere(String acceptLanguage, boolean javaScript) {
        return browser.newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://127.0.0.1:" + port)
                        .setLocale(acceptLanguage)
                        .setJavaScriptEnabled(javaScript))
                .newPage();
    }

    /**
     * Fails with every WCAG 2.1 A/AA violation axe-core finds on the page as it is now, and where. axe runs as a
     * script in the page, so a context with JavaScript off cannot be checked (the evaluation never returns): check
     * the same server-rendered page with JavaScript on instead.
     */
    protected static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertThat(results.getViolations())
                .as(() -> page.url() + " has accessibility violations:\n" + describe(results.getViolations()))
                .isEmpty();
    }

    /** Full-page screenshots at 360 px and 1280 px wide into target/screenshots; the viewport is restored. */
    protected static void screenshot(Page page, String name) {
        var size = page.viewportSize();
        for (int width : new int[] {360, 1280}) {
            page.setViewportSize(width, 800);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
        if (size != null) {
            page.setViewportSize(size.width, size.height);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .map(CheckedNode::getTarget)
                                .map(target -> "    at " + target)
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
