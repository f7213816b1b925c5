package io.relais;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.relais.demo.DemoLogins;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Leadership opens the async-adoption dashboard in a real headless Chromium: the gauge and the
 * area charts are drawn by ApexCharts with the expected number of series, and clicking a bar opens
 * the drill-down. A screenshot is kept under {@code target/playwright/}.
 */
@RelaisSpringTest
@Tag("browser")
class AdoptionDashboardJourneyTest {

    private static final String FAILED = "adoption-dashboard-FAILED";

    @LocalServerPort
    int port;

    @Test
    void chartsAreDrawnAndABarOpensItsDrillDown() throws IOException {
        try (HeadlessChromium chromium = HeadlessChromium.launch();
                BrowserContext context = chromium.newContext("http://localhost:" + port, "fr-FR")) {
            CspViolations violations = CspViolations.watch(context);
            Page page = context.newPage();
            Files.deleteIfExists(HeadlessChromium.SCREENSHOTS.resolve(FAILED + ".png"));
            try {
                journey(page);
                org.assertj.core.api.Assertions.assertThat(violations.all()).as("CSP violations (ADR 0023)").isEmpty();
                RelaisPages.waitForServerRoundTrips(page);
                HeadlessChromium.screenshot(page, "adoption-dashboard");
            } catch (RuntimeException | AssertionError e) {
                var file = HeadlessChromium.screenshot(page, FAILED);
                e.addSuppressed(new RuntimeException("screenshot of the failure: " + file.toAbsolutePath()));
                throw e;
            }
        }
    }

    private void journey(Page page) {
        page.navigate("/login");
        RelaisPages.fillLogin(page, DemoLogins.LEADERSHIP.email(), DemoLogins.PASSWORD);
        RelaisPages.submitLogin(page);
        RelaisPages.waitForRenderedHomeChart(page);
        page.navigate("/analytics");

        Locator gauge = page.locator("relais-chart#analytics-gauge-chart[rendered]");
        gauge.waitFor();
        assertThat(gauge.locator("svg .apexcharts-radialbar").first()).isAttached();
        Locator writing = page.locator("relais-chart#analytics-writing-chart[rendered]");
        writing.waitFor();
        assertThat(writing).hasAttribute("data-series-count", "3");
        assertThat(writing.locator("svg .apexcharts-series")).hasCount(3);
        Locator teams = page.locator("relais-chart#analytics-teams-written-chart[rendered]");
        teams.waitFor();
        assertThat(teams.locator("svg .apexcharts-series").first()).isAttached();

        Locator decisions = page.locator("relais-chart#analytics-decisions-chart[rendered]");
        decisions.scrollIntoViewIfNeeded();
        Locator bars = decisions.locator("svg .apexcharts-series").first().locator(".apexcharts-bar-area");
        int tallest = ((Number) bars.evaluateAll("bars => bars.map(b => b.getBoundingClientRect().height)"
                + ".reduce((best, h, i, all) => h > all[best] ? i : best, 0)")).intValue();
        bars.nth(tallest).click();
        assertThat(page.locator("vaadin-dialog#analytics-drill[opened]")).hasCount(1);
    }
}
