package io.relais;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
 * browsers: the lead opens a client, creates a task on one of its projects for a colleague, drags
 * its card from "To do" to "Doing" on the board; the colleague signs in and finds the task on their
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
                dragCard(page, title, TaskStatus.TO_DO, TaskStatus.DOING);
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
     * Drags a card to another column the way a browser reports a person's drag to the page:
     * dragstart on the card, dragenter, dragover and drop on what lies under the pointer in the
     * other column, dragend on the card, all carrying one DataTransfer. vaadin-grid's own listeners
     * turn them into its grid-dragstart and grid-drop events, and the board's server listeners move
     * the task. The events are dispatched from JavaScript because Playwright's drag (Chromium's
     * intercepted drag, {@code Locator.dragTo}) started no HTML5 drag on vaadin-grid's rows here:
     * no drag event at all reached the page.
     */
    private static void dragCard(Page page, String title, TaskStatus from, TaskStatus to) {
        // a toast over the board (the task's "created") would take the pointer: let it go first
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        Locator card = card(page, from, title);
        card.scrollIntoViewIfNeeded();
        card.evaluate(DRAG_AND_DROP, column(to));
        assertThat(card(page, to, title)).hasCount(1);
        assertThat(card(page, from, title)).hasCount(0);
        RelaisPages.waitForServerRoundTrips(page);
    }

    /** The browser's event sequence of a drag from a card to the first visible point of a column. */
    private static final String DRAG_AND_DROP = """
            (card, targetSelector) => {
              const target = document.querySelector(targetSelector);
              const from = card.getBoundingClientRect();
              const to = target.getBoundingClientRect();
              const x = (to.left + to.right) / 2;
              const top = Math.max(to.top, 0);
              const bottom = Math.min(to.bottom, window.innerHeight);
              // the innermost element under a point, through the shadow roots, as hit-testing finds it
              const hit = (y) => {
                let under = document.elementFromPoint(x, y);
                while (under && under.shadowRoot) {
                  const inner = under.shadowRoot.elementFromPoint(x, y);
                  if (!inner || inner === under) break;
                  under = inner;
                }
                return under && (target.contains(under) || target.shadowRoot.contains(under)) ? under : null;
              };
              // the first point of the column's visible part, from its top, where it answers the hit test:
              // an empty column shows only its empty-state line near the top
              let y = top + 2;
              let under = hit(y);
              while (!under && y < bottom - 4) {
                y += 4;
                under = hit(y);
              }
              if (!under) {
                throw new Error('nothing of ' + targetSelector + ' under the pointer at ' + x + ' between ' + top + ' and ' + bottom);
              }
              const dataTransfer = new DataTransfer();
              const fire = (element, type, point) => element.dispatchEvent(new DragEvent(type, {
                bubbles: true, cancelable: true, composed: true, dataTransfer,
                clientX: point.x, clientY: point.y }));
              const start = { x: (from.left + from.right) / 2, y: (from.top + from.bottom) / 2 };
              fire(card, 'dragstart', start);
              fire(under, 'dragenter', { x, y });
              fire(under, 'dragover', { x, y });
              fire(under, 'drop', { x, y });
              fire(card, 'dragend', { x, y });
            }""";

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
