package io.relais.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.relais.CspViolations;
import io.relais.HeadlessChromium;
import io.relais.RelaisPages;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * In a real headless Chromium: open the calendar's week view (FullCalendar drawn by
 * {@code <relais-calendar>}), click a free slot, fill in the dialog, and see the event drawn in
 * that slot after the server round trip. Screenshot under {@code target/playwright/}.
 */
@RelaisSpringTest
@Tag("browser")
class CalendarBrowserJourneyTest {

    private static final String FAILED = "calendar-journey-FAILED";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void createAnEventInAFreeSlotOfTheWeekView() throws IOException {
        TestUsers.User user = new CalendarFixtures(context).person("Journey", "Stratégie & Conseil", "Europe/Paris");
        try (HeadlessChromium chromium = HeadlessChromium.launch();
                BrowserContext browser = chromium.newContext("http://localhost:" + port, "fr-FR")) {
            CspViolations violations = CspViolations.watch(browser);
            Page page = browser.newPage();
            Files.deleteIfExists(HeadlessChromium.SCREENSHOTS.resolve(FAILED + ".png"));
            try {
                journey(page, user);
                org.assertj.core.api.Assertions.assertThat(violations.all()).as("CSP violations (ADR 0023)").isEmpty();
                HeadlessChromium.screenshot(page, "calendar-journey");
            } catch (RuntimeException | AssertionError e) {
                var file = HeadlessChromium.screenshot(page, FAILED);
                e.addSuppressed(new RuntimeException("screenshot of the failure: " + file.toAbsolutePath()));
                throw e;
            }
        }
    }

    private void journey(Page page, TestUsers.User user) {
        page.navigate("/login");
        RelaisPages.fillLogin(page, user.email(), TestUsers.PASSWORD);
        RelaisPages.submitLogin(page);
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("/calendar");
        Locator calendar = page.locator("relais-calendar#calendar[rendered]");
        calendar.waitFor();
        assertThat(calendar).hasAttribute("data-view", "timeGridWeek");

        // a week far enough ahead to be free for a new person: ten weeks on
        for (int i = 0; i < 10; i++) {
            page.locator("relais-calendar .fc-next-button").click();
        }
        RelaisPages.waitForServerRoundTrips(page);
        Locator friday = page.locator("relais-calendar td.fc-timegrid-col").nth(4);
        String date = friday.getAttribute("data-date");
        BoundingBox column = friday.boundingBox();
        Locator slot = page.locator("relais-calendar td.fc-timegrid-slot-lane[data-time='14:00:00']");
        slot.scrollIntoViewIfNeeded();
        BoundingBox row = slot.boundingBox();
        page.mouse().click(column.x + column.width / 2, row.y + row.height / 2);

        Locator title = page.locator("vaadin-text-field#event-title input");
        title.waitFor();
        title.fill("Atelier navigateur");
        page.locator("vaadin-button#event-save").click();

        Locator event = page.locator("relais-calendar td.fc-timegrid-col[data-date='" + date + "'] .fc-event",
                new Page.LocatorOptions().setHasText("Atelier navigateur"));
        event.waitFor();
        assertThat(event).containsText("14:00");
    }
}
