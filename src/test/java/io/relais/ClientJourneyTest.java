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
 * A project lead's minute in a real headless Chromium: open a client, create a task on one of its
 * projects, move it to "Doing" on the board (its card's menu), and find it on the assignee's to-do list. A
 * screenshot of the board is kept under {@code target/playwright/}.
 */
@RelaisSpringTest
@Tag("browser")
class ClientJourneyTest {

    private static final String FAILED = "client-journey-FAILED";

    @LocalServerPort
    int port;

    @Test
    void openAClientCreateATaskMoveItOnTheBoardAndFindItOnTheTodoList() throws IOException {
        try (HeadlessChromium chromium = HeadlessChromium.launch();
                BrowserContext context = chromium.newContext("http://localhost:" + port, "fr-FR")) {
            Page page = context.newPage();
            Files.deleteIfExists(HeadlessChromium.SCREENSHOTS.resolve(FAILED + ".png"));
            try {
                journey(page);
            } catch (RuntimeException | AssertionError e) {
                var file = HeadlessChromium.screenshot(page, FAILED);
                e.addSuppressed(new RuntimeException("screenshot of the failure: " + file.toAbsolutePath()));
                throw e;
            }
        }
    }

    private void journey(Page page) {
        // the machine running the suite is shared: allow a slow server round trip
        page.setDefaultTimeout(60_000);
        page.navigate("/login");
        RelaisPages.fillLogin(page, DemoLogins.ADMIN.email(), DemoLogins.PASSWORD);
        RelaisPages.submitLogin(page);
        page.locator("#main-navigation").waitFor();

        page.navigate("/clients");
        page.locator("#clients-text input").fill("Verdier");
        Locator client = page.locator("#clients-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("Maison Verdier"));
        client.first().click();
        assertThat(page.locator("#client-title")).hasText("Maison Verdier");

        // a project's name cell (the grid also holds header cells and hidden pooled ones)
        page.locator("#client-projects vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(
                java.util.regex.Pattern.compile("^(Audit|Campagne|Refonte|Stratégie|Identité|Plan|Newsletter|Boutique|Tableau"
                        + "|Vidéos|Accompagnement) "))).first().click();
        page.locator("#project-title").waitFor();

        String title = "Relire la maquette " + TestUsers.unique();
        page.locator("#project-new-task").click();
        page.locator("#task-title input").fill(title);
        page.locator("#task-assignee input").fill("Julien Mercier");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Julien Mercier")).first().click();
        page.locator("#task-save").click();

        Locator card = page.locator("#board-to_do vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title));
        card.waitFor();
        // the card's "Move to…" menu (the keyboard path of the board): Playwright's synthetic HTML5
        // drag does not reach vaadin-grid's row drag-and-drop, so the move is driven through the menu
        card.click(new Locator.ClickOptions().setButton(com.microsoft.playwright.options.MouseButton.RIGHT));
        page.locator("vaadin-context-menu-item").filter(new Locator.FilterOptions().setHasText("Déplacer vers « En cours »"))
                .click();
        assertThat(page.locator("#board-doing vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)))
                .hasCount(1);
        RelaisPages.waitForServerRoundTrips(page);
        HeadlessChromium.screenshot(page, "client-journey-board");

        page.navigate("/todos");
        assertThat(page.locator("#todo-grid")).containsText(title);
        HeadlessChromium.screenshot(page, "client-journey-todos");
    }
}
