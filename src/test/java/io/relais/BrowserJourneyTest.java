package io.relais;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;


import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.relais.demo.DemoLogins;
import io.relais.notifications.NotificationService;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A person's first minute with Relais in a real headless Chromium: sign in, see the home page
 * with its chart drawn, open the directory, receive a notification by server push, switch the
 * language from the user menu and back. All of it under the application's Content-Security-Policy
 * (ADR 0023): the browser reports no violation. A screenshot is kept under
 * {@code target/playwright/} (on failure, and of the final page on success).
 */
@RelaisSpringTest
@Tag("browser")
class BrowserJourneyTest {

    private static final String FAILED = "browser-journey-FAILED";

    @LocalServerPort
    int port;

    @Autowired
    NotificationService notifications;

    TestUsers users;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    @Test
    void signInSeeTheHomeChartAndSwitchLanguage() throws IOException {
        try (HeadlessChromium chromium = HeadlessChromium.launch();
                BrowserContext context = chromium.newContext("http://localhost:" + port, "fr-FR")) {
            CspViolations violations = CspViolations.watch(context);
            Page page = context.newPage();
            List<String> pushChannels = new CopyOnWriteArrayList<>();
            page.onWebSocket(socket -> pushChannels.add(socket.url()));
            Files.deleteIfExists(HeadlessChromium.SCREENSHOTS.resolve(FAILED + ".png"));
            try {
                journey(page, violations);
                Assertions.assertThat(pushChannels).as("push runs over a websocket").anyMatch(url -> url.contains("/VAADIN/push"));
                Assertions.assertThat(violations.all()).as("Content-Security-Policy violations").isEmpty();
                RelaisPages.waitForServerRoundTrips(page);
                HeadlessChromium.screenshot(page, "browser-journey");
            } catch (RuntimeException | AssertionError e) {
                var file = HeadlessChromium.screenshot(page, FAILED);
                e.addSuppressed(new RuntimeException("screenshot of the failure: " + file.toAbsolutePath()));
                throw e;
            }
        }
    }

    private void journey(Page page, CspViolations violations) {
        // An unauthenticated visitor of / lands on the login page, served under the app's policy.
        Response login = page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        Assertions.assertThat(login.headerValue("content-security-policy")).contains("'nonce-", "frame-ancestors 'none'");
        anInjectedInlineHandlerIsRefusedAndReported(page, violations);
        RelaisPages.fillLogin(page, DemoLogins.EMPLOYEE.email(), DemoLogins.PASSWORD);
        RelaisPages.submitLogin(page);

        // Home page with the growth chart drawn by ApexCharts: an <svg> with a series path.
        Locator chart = RelaisPages.waitForRenderedHomeChart(page);
        assertThat(page).hasURL(Pattern.compile(".*/(\\?continue)?$")); // Spring Security's saved request
        assertThat(chart.locator("svg .apexcharts-series path").first()).isAttached();
        assertThat(page.locator("#home-greeting")).containsText("Lucas");

        // Another view, then a notification that arrives by server push while the page is open.
        Locator people = page.locator("#main-navigation vaadin-side-nav-item[path='people']");
        people.click();
        assertThat(page).hasURL(Pattern.compile(".*/people$"));
        receiveANotificationByPush(page);
        page.locator("#main-navigation vaadin-side-nav-item[path='']").click();
        RelaisPages.waitForRenderedHomeChart(page);

        // Switch the language from the user menu, then back, whatever the account's preference was.
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

    /**
     * The policy's point, and proof that the watcher sees violations: an inline event handler
     * (what an HTML injection would add) does not run and is reported. Then the journey starts clean.
     */
    private static void anInjectedInlineHandlerIsRefusedAndReported(Page page, CspViolations violations) {
        page.evaluate("""
                () => { const img = document.createElement('img');
                        img.setAttribute('onerror', 'window.injectedRan = true');
                        img.src = '/no-such-image.png'; document.body.append(img); }""");
        page.waitForCondition(() -> !violations.all().isEmpty());
        Assertions.assertThat(violations.all()).anyMatch(violation -> violation.contains("script-src"));
        Assertions.assertThat(page.evaluate("() => window.injectedRan === true")).isEqualTo(false);
        violations.forget();
    }

    /** Somebody assigns Lucas a task: the bell's unread count changes without a reload. */
    private void receiveANotificationByPush(Page page) {
        RelaisPages.waitForServerRoundTrips(page);
        String lucas = DemoLogins.EMPLOYEE.email();
        long personId = users.account(lucas).personId();
        users.as(DemoLogins.ADMIN.email(), () -> notifications.notify(personId, "projects.notification.assigned",
                null, "Julien Mercier", "CSP " + TestUsers.unique()));
        long unread = users.as(lucas, () -> notifications.unreadCount());
        assertThat(page.locator("#notification-count")).hasText(unread > 99 ? "99+" : Long.toString(unread));
    }

    /** User menu -> language submenu -> language item; the page reloads in the new language. */
    private static void switchLanguage(Page page, String language) {
        page.locator("vaadin-menu-bar#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(Pattern.compile("^(Langue|Language)")))
                .click();
        page.locator("#language-" + language).click(); // reloads the page: callers wait for new text
    }
}
