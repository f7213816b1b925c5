package io.relais;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import io.relais.clients.TaskFilter;
import io.relais.clients.TaskService;
import io.relais.clients.TaskStatus;
import io.relais.clients.TaskSummary;
import io.relais.demo.DemoLogins;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A project lead's minute and its assignee's in a real headless Chromium, two people in two
 * browsers: the lead opens a client, creates a task on one of its projects for a colleague, moves
 * its card from "To do" to "Doing" on the board (its menu); the colleague signs in and finds the task on their
 * to-do list. Screenshots under {@code target/playwright/}.
 */
@RelaisSpringTest
@Tag("browser")
class ClientJourneyTest {

    private static final String FAILED = "client-journey-FAILED";
    private static final DemoLogins.Login LEAD = DemoLogins.ADMIN;
    private static final DemoLogins.Login ASSIGNEE = DemoLogins.EMPLOYEE;

    /** A project's name cell (the grid also holds header cells and hidden pooled ones). */
    private static final Pattern PROJECT_NAME = Pattern.compile("^(Audit|Campagne|Refonte|Stratégie|Identité|Plan"
            + "|Newsletter|Boutique|Tableau|Vidéos|Accompagnement) ");

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationContext context;

    @Test
    void openAClientCreateATaskDragItOnTheBoardAndTheAssigneeFindsItOnTheirTodoList() throws IOException {
        String title = "Relire la maquette " + TestUsers.unique();
        Files.deleteIfExists(HeadlessChromium.SCREENSHOTS.resolve(FAILED + ".png"));
        try (HeadlessChromium chromium = HeadlessChromium.launch();
                BrowserContext lead = chromium.newContext("http://localhost:" + port, "fr-FR");
                BrowserContext assignee = chromium.newContext("http://localhost:" + port, "fr-FR")) {
            Page leadPage = RelaisPages.signIn(lead, LEAD.email(), DemoLogins.PASSWORD);
            step(leadPage, page -> {
                openAProjectOf(page, "Maison Verdier");
                createTask(page, title, ASSIGNEE.name());
                moveCard(page, title, TaskStatus.DOING, "Déplacer vers « En cours »");
                HeadlessChromium.screenshot(page, "client-journey-board");
                page.reload();
                assertThat(card(page, TaskStatus.DOING, title)).hasCount(1);
                assertThat(card(page, TaskStatus.TO_DO, title)).hasCount(0);
            });
            TaskSummary task = theOnlyTaskTitled(title);
            Assertions.assertThat(task.status()).isEqualTo(TaskStatus.DOING);
            Assertions.assertThat(task.assignee().fullName()).isEqualTo(ASSIGNEE.name());

            Page assigneePage = RelaisPages.signIn(assignee, ASSIGNEE.email(), DemoLogins.PASSWORD);
            step(assigneePage, page -> {
                page.navigate("/todos");
                assertThat(page.locator("#todo-grid")).containsText(title);
                RelaisPages.waitForServerRoundTrips(page);
                HeadlessChromium.screenshot(page, "client-journey-todos");
            });
        }
    }

    private static void openAProjectOf(Page page, String clientName) {
        page.navigate("/clients");
        page.locator("#clients-text input").fill(clientName);
        page.locator("#clients-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(clientName))
                .first().click();
        assertThat(page.locator("#client-title")).hasText(clientName);
        page.locator("#client-projects vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(PROJECT_NAME)).first().click();
        page.locator("#project-title").waitFor();
    }

    private static void createTask(Page page, String title, String assigneeName) {
        page.locator("#project-new-task").click();
        page.locator("#task-title input").fill(title);
        page.locator("#task-assignee input").fill(assigneeName);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(assigneeName)).first().click();
        page.locator("#task-save").click();
        card(page, TaskStatus.TO_DO, title).waitFor();
    }

    /**
     * Moves a card to another column through its "Move to…" menu, the board's keyboard and
     * pointer-free path. A scripted HTML5 drag (dragstart/dragover/drop dispatched on vaadin-grid's
     * rows) worked when this journey ran alone but found no droppable point in an empty column
     * when it ran in the whole suite, and Playwright's own drag reaches no drag event on
     * vaadin-grid's rows; dragging itself is proven without a browser (ProjectBoardViewTest).
     */
    private static void moveCard(Page page, String title, TaskStatus to, String menuItem) {
        card(page, TaskStatus.TO_DO, title).click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
        page.locator("vaadin-context-menu-item").filter(new Locator.FilterOptions().setHasText(menuItem)).click();
        assertThat(card(page, to, title)).hasCount(1);
        assertThat(card(page, TaskStatus.TO_DO, title)).hasCount(0);
        RelaisPages.waitForServerRoundTrips(page);
    }

    private static String column(TaskStatus status) {
        return "#board-" + status.name().toLowerCase(Locale.ROOT);
    }

    /** A card as a person sees it: vaadin-grid keeps hidden pooled rows with stale content too. */
    private static Locator card(Page page, TaskStatus status, String title) {
        return page.locator(column(status) + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(title).setVisible(true));
    }

    private TaskSummary theOnlyTaskTitled(String title) {
        List<TaskSummary> found = new TestUsers(context).as(LEAD.email(), () ->
                tasks.list(new TaskFilter(null, null, null, null, false, false, false, title), 0, 10));
        Assertions.assertThat(found).hasSize(1);
        return found.getFirst();
    }

    /** Runs a part of the journey on one person's page, keeping a screenshot of it if it fails. */
    private static void step(Page page, Consumer<Page> work) {
        try {
            work.accept(page);
        } catch (RuntimeException | AssertionError e) {
            var file = HeadlessChromium.screenshot(page, FAILED);
            e.addSuppressed(new RuntimeException("screenshot of the failure: " + file.toAbsolutePath()));
            throw e;
        }
    }
}
