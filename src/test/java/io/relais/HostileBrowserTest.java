package io.relais;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.clients.ClientForm;
import io.relais.clients.ClientService;
import io.relais.clients.ClientStatus;
import io.relais.demo.DemoLogins;
import io.relais.docs.CommentService;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import io.relais.search.SearchRequest;
import io.relais.search.SearchService;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Hostile strings stored in a document's title and body, a comment, an event, a client's name and
 * notes and a search query (which the administrators' search statistics chart) are shown in a real
 * headless Chromium: no dialog ever opens, no injected element or handler exists in the page
 * (shadow roots included), and one-line values read back exactly as typed.
 */
@RelaisSpringTest
@Tag("browser")
class HostileBrowserTest {

    private static final String FAILED = "hostile-browser-FAILED";
    /** Finds what an injection would leave: handlers, script URLs, the vectors' scripts, frames and plug-ins. */
    private static final String INJECTED = """
            () => {
              const found = [];
              const visit = (root) => root.querySelectorAll('*').forEach((el) => {
                for (const a of el.attributes) {
                  const name = a.name.toLowerCase();
                  if (name.startsWith('on')) found.push(el.tagName + ' ' + name + '=' + a.value);
                  if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(name)
                      && /^\\s*(javascript|vbscript|data):/i.test(a.value)) found.push(el.tagName + ' ' + name + '=' + a.value);
                }
                if (el.tagName === 'SCRIPT' && /xss/.test(el.textContent)) found.push('script ' + el.textContent);
                // a sanitised <img src="x"> is a harmless broken image; frames and plug-ins never are
                if (['IFRAME', 'FRAME', 'OBJECT', 'EMBED'].includes(el.tagName.toUpperCase())) found.push(el.outerHTML);
                if (el.shadowRoot) visit(el.shadowRoot);
              });
              visit(document);
              return found;
            }""";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    CommentService comments;
    @Autowired
    CalendarService calendar;
    @Autowired
    ClientService clients;
    @Autowired
    SearchService search;

    @Test
    void storedVectorsNeverRunNorInjectAnythingInTheRenderedPages() throws Exception {
        TestUsers users = new TestUsers(context);
        TestUsers.User writer = users.createUser("Mallory", "EMPLOYEE");
        List<String> vectors = HostileStrings.sample();
        String oneLine = vectors.getFirst() + " " + vectors.get(5);
        String markdown = String.join("\n\n", vectors) + "\n\n" + String.join("\n\n", HostileStrings.lines("xss-vectors.txt", false));
        String marker = "zhostile" + TestUsers.unique().replaceAll("[0-9]", "");

        DocumentDetails document = users.as(writer.email(), () -> documents.create(DocumentKind.ARTICLE, new DocumentForm(
                documents.writableSpaces().getFirst().id(), oneLine + " " + marker, markdown, "fr", Visibility.COMPANY,
                Set.of(), Set.of(), null, KindFields.EMPTY)));
        users.as(writer.email(), () -> comments.add(document.id(), markdown, "hostile-" + TestUsers.unique()));
        LocalDateTime monday = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .atTime(11, 0);
        users.as(writer.email(), () -> calendar.create(new EventForm(calendar.personalCalendar(writer.personId()).id(),
                "<img src=x onerror=alert('xss-event')> " + marker, markdown, monday, monday.plusHours(1),
                ZoneId.of("Europe/Paris"), false, "<script>alert('xss-place')</script>", null,
                io.relais.calendar.EventVisibility.COMPANY, List.of(), null, null, null)));
        String clientName = "<script>alert('xss-client')</script> " + oneLine + " " + marker;
        long client = users.as(writer.email(), () -> clients.create(new ClientForm(clientName, "<b>sector</b>",
                ClientStatus.ACTIVE, null, markdown)));
        String query = "<img src=x onerror=alert('xss-chart')> " + marker + "nothing";
        for (int i = 0; i < 150; i++) {
            // often enough to be among the most frequent unanswered searches the statistics chart
            users.as(writer.email(), () -> search.search(SearchRequest.of(query), SearchService.Channel.UI));
        }

        List<String> dialogs = new CopyOnWriteArrayList<>();
        Files.deleteIfExists(HeadlessChromium.SCREENSHOTS.resolve(FAILED + ".png"));
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            signedIn(chromium, writer.email(), TestUsers.PASSWORD, dialogs, page -> {
                page.navigate(document.path());
                assertThat(page.locator("#doc-title")).hasText(oneLine + " " + marker);
                assertThat(page.locator("#doc-body")).isVisible();
                page.locator("#comments-list").waitFor();
                assertClean(page, dialogs, "document");

                page.navigate("/clients/" + client);
                assertThat(page.locator("#client-title")).hasText(clientName);
                assertClean(page, dialogs, "client");

                page.navigate("/search?q=" + marker);
                page.locator(".relais-search-hit").first().waitFor();
                page.locator(".relais-search-hit").first().hover();
                assertClean(page, dialogs, "search results");

                page.navigate("/calendar");
                Locator event = page.getByText("onerror=alert('xss-event')").first();
                event.waitFor();
                event.click();
                RelaisPages.waitForServerRoundTrips(page);
                assertClean(page, dialogs, "calendar");
                HeadlessChromium.screenshot(page, "hostile-calendar");
            });
            signedIn(chromium, DemoLogins.ADMIN.email(), DemoLogins.PASSWORD, dialogs, page -> {
                page.navigate("/admin/search");
                page.locator("relais-chart[rendered]").first().waitFor();
                // tooltips show a bar's category: hover every bar of the statistics charts
                Locator bars = page.locator("relais-chart path.apexcharts-bar-area");
                assertThat(bars.first()).isVisible();
                Set<String> titles = new java.util.HashSet<>();
                for (int i = 0; i < bars.count(); i++) {
                    bars.nth(i).hover(new Locator.HoverOptions().setForce(true));
                    page.waitForTimeout(50);
                    titles.addAll(page.locator("relais-chart .apexcharts-tooltip-title").allTextContents());
                }
                assertThat(titles).as("the query is shown as text in a tooltip")
                        .anyMatch(text -> text.contains("onerror=alert('xss-chart')"));
                assertClean(page, dialogs, "search statistics");
                HeadlessChromium.screenshot(page, "hostile-search-statistics");
            });
        }
    }

    /**
     * Signs in a fresh browser profile that records every dialog, then visits pages; a failure
     * keeps a screenshot under {@code target/playwright/}.
     */
    private void signedIn(HeadlessChromium chromium, String email, String password, List<String> dialogs,
            java.util.function.Consumer<Page> visit) {
        try (BrowserContext browser = chromium.newContext("http://localhost:" + port, "fr-FR")) {
            Page page = browser.newPage();
            page.setDefaultTimeout(60_000);
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            try {
                page.navigate("/login");
                RelaisPages.fillLogin(page, email, password);
                RelaisPages.submitLogin(page);
                page.locator("#main-navigation").waitFor();
                visit.accept(page);
            } catch (RuntimeException | AssertionError e) {
                var file = HeadlessChromium.screenshot(page, FAILED);
                e.addSuppressed(new RuntimeException("screenshot of the failure: " + file.toAbsolutePath()));
                throw e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertClean(Page page, List<String> dialogs, String where) {
        RelaisPages.waitForServerRoundTrips(page);
        page.waitForTimeout(300); // an image's onerror fires once its load fails
        assertThat(dialogs).as("dialogs opened on the %s page", where).isEmpty();
        assertThat((List<String>) page.evaluate(INJECTED)).as("injected into the %s page", where).isEmpty();
    }
}
