package fi.polku.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every resident page in every language: no WCAG 2.1 A/AA violation (axe-core), the right {@code lang}, under
 * 150 KB transferred, and screenshots at 360 and 1280 px.
 */
class AllPagesIntegrationTests extends BrowserIntegrationTest {

    /** The most a page may transfer (HTML, CSS, script, icons), before any chart: issue 8, Speed. */
    static final long PAGE_WEIGHT_LIMIT = 150 * 1024;

    private String resultId;

    @BeforeEach
    void createResult() {
        Page page = open();
        APIResponse created = page.request()
                .post(
                        "/api/screenings",
                        RequestOptions.create()
                                .setHeader("Content-Type", "application/json")
                                .setData("{\"lang\":\"fi\",\"answers\":{\"age\":40,\"mood\":2,\"work_ability\":4,"
                                        + "\"urgent_concern\":false,\"municipality\":\"vaasa\"}}"));
        assertThat(created.status()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"").matcher(created.text());
        assertThat(id.find()).isTrue();
        resultId = id.group(1);
    }

    List<String> pages() {
        return List.of(
                "/",
                "/screening",
                "/screening/1",
                "/screening/2",
                "/screening/3",
                "/screening/4",
                "/screening/5",
                "/screening/summary",
                "/result/" + resultId,
                "/result/AAAAAAAAAAAAAAAAAAAAAA",
                "/services",
                "/services?q=velat",
                "/services?situation=lost-job",
                "/services/tyokokeilu",
                "/services/no-such-service",
                "/privacy",
                "/accessibility");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void showsEveryPageWithoutAccessibilityViolations(String lang) {
        Page page = open(lang + "-FI", true);
        List<String> failures = new ArrayList<>();
        for (String path : pages()) {
            page.navigate(path);
            if (!lang.equals(page.locator("html").getAttribute("lang"))) {
                failures.add(path + ": lang is " + page.locator("html").getAttribute("lang"));
            }
            try {
                assertAccessible(page);
            } catch (AssertionError violation) {
                failures.add(violation.getMessage());
            }
            if (lang.equals("fi") || path.equals("/") || path.startsWith("/result/" + resultId)) {
                screenshot(page, "page-" + lang + path.replaceAll("[^a-z0-9]+", "-"));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void keepsEveryPageUnder150KilobytesTransferred() throws IOException {
        List<String> heavy = new ArrayList<>();
        StringBuilder weights = new StringBuilder("page\tbytes transferred on a first visit\n");
        for (String path : pages()) {
            // a fresh context each time: nothing cached, the weight of a first visit
            Page page = open();
            List<Request> requests = new CopyOnWriteArrayList<>();
            page.onRequestFinished(requests::add);
            page.navigate(path);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            // sizes are read while the page is open; a listener may still run after its context is closed
            long bytes = requests.stream()
                    .mapToLong(AllPagesIntegrationTests::transferred)
                    .sum();
            if (bytes >= PAGE_WEIGHT_LIMIT) {
                heavy.add(path + ": " + bytes + " bytes");
            }
            weights.append(path.replace(resultId, "{id}"))
                    .append('\t')
                    .append(bytes)
                    .append('\n');
        }
        // the figures for the README, in the build output
        Files.writeString(Path.of("target", "page-weights.tsv"), weights);
        assertThat(heavy).isEmpty();
    }

    @Test
    void keepsAPartnerLinksSourceThroughTheVisit() {
        Page page = open();
        page.navigate("/p/mieli-ry");

        assertThat(page.url()).endsWith("/");
        assertThat(page.context().cookies())
                .anySatisfy(cookie -> assertThat(cookie.name).isEqualTo("polku_source"));
    }

    private static long transferred(Request request) {
        var sizes = request.sizes();
        return Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
    }
}
