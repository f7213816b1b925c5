package io.relais;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.relais.demo.DemoLogins;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's first minute with Relais in a real headless Chromium: sign in, see the home page
 * with its chart drawn, switch the language from the user menu and back. A screenshot is kept
 * under {@code target/playwright/} (on failure, and of the final page on success).
 */
@RelaisSpringTest
@Tag("browser")
class BrowserJourneyTest {

    private static final String FAILED = "browser-journey-FAILED";

    @LocalServerPort
    int port;

    @Test
    void signInSeeTheHomeChartAndSwitchLanguage() throws IOException {
        try (HeadlessChromium chromium = HeadlessChromium.launch();
                BrowserContext context = chromium.newContext("http://localhost:" + port, "fr-FR")) {
            Page page = context.newPage();
            Files.deleteIfExists(HeadlessChromium.SCREENSHOTS.resolve(FAILED + ".png"));
            try {
                journey(page);
                RelaisPages.waitForServerRoundTrips(page);
                HeadlessChromium.screenshot(page, "browser-journey");
            } catch (RuntimeException | AssertionError e) {
                var file = HeadlessChromium.screenshot(page, FAILED);
                e.addSuppressed(new RuntimeException("screenshot of the failure: " + file.toAbsolutePath()));
                throw e;
            }
        }
    }

    private void journey(Page page) {
        // An unauthenticated visitor of / lands on the login page.
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        RelaisPages.fillLogin(page, DemoLogins.EMPLOYEE.email(), DemoLogins.PASSWORD);
        RelaisPages.submitLogin(page);

        // Home page with the growth chart drawn by ApexCharts: an <svg> with a series path.
        Locator chart = RelaisPages.waitForRenderedHomeChart(page);
        assertThat(page).hasURL(Pattern.compile(".*/(\\?continue)?$")); // Spring Security's saved request
        assertThat(chart.locator("svg .apexcharts-series path").first()).isAttached();
        assertThat(page.locator("#home-greeting")).containsText("Lucas");

        // Switch the language from the user menu, then back, whatever the account's preference was.
        Locator people = page.locator("#main-navigation vaadin-side-nav-item[path='people']");
        // containsText: Playwright's element text also holds the item's shadow-DOM text.
        assertThat(people).containsText(Pattern.compile("Annuaire|People"));
        boolean french = people.textContent().contains("Annuaire");
        switchLanguage(page, french ? "en" : "fr");
        assertThat(people).containsText(french ? "People" : "Annuaire");
        RelaisPages.waitForRenderedHomeChart(page);
        switchLanguage(page, french ? "fr" : "en");
        assertThat(people).containsText(french ? "Annuaire" : "People");
        assertThat(RelaisPages.waitForRenderedHomeChart(page).locator("svg .apexcharts-series path").first())
                .isAttached();
    }

    /** User menu -> language submenu -> language item; the page reloads in the new language. */
    private static void switchLanguage(Page page, String language) {
        page.locator("vaadin-menu-bar#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(Pattern.compile("^(Langue|Language)")))
                .click();
        page.locator("#language-" + language).click(); // reloads the page: callers wait for new text
    }
}
