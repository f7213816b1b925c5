package io.relais;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.relais.demo.DemoLogins;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real headless Chromium: Lucas writes an article in Markdown and publishes it to the whole
 * company; Inès, in another browser session, opens it, sees its views, upvotes it, and on her
 * next visit sees the view count grown by one and her upvote kept.
 */
@RelaisSpringTest
@Tag("browser")
class DocumentSocialJourneyTest {

    private static final String FAILED = "document-social-journey-FAILED";
    private static final double SLOW_MACHINE_MILLIS = 60_000;

    @LocalServerPort
    int port;

    @BeforeAll
    static void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(SLOW_MACHINE_MILLIS);
    }

    @Test
    void writePublishThenAnotherPersonUpvotesAndSeesTheViewCountMove() throws IOException {
        Files.deleteIfExists(HeadlessChromium.SCREENSHOTS.resolve(FAILED + ".png"));
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            String title = "Check-list de mise en production " + UUID.randomUUID().toString().substring(0, 6);
            String path;
            try (BrowserContext lucas = chromium.newContext("http://localhost:" + port, "fr-FR")) {
                path = step(lucas.newPage(), page -> writeAndPublish(page, title));
            }
            try (BrowserContext ines = chromium.newContext("http://localhost:" + port, "fr-FR")) {
                step(ines.newPage(), page -> {
                    upvoteAndSeeTheViewsMove(page, path, title);
                    return null;
                });
            }
        }
    }

    private String writeAndPublish(Page page, String title) {
        signIn(page, DemoLogins.EMPLOYEE.email());
        page.navigate("/docs/new/article");
        page.locator("#doc-title-field input").fill(title);
        page.locator("#doc-body-field textarea").fill("""
                ## Avant de livrer

                - [x] Les tests passent
                - [ ] Le **tag de suivi** est en place

                | Étape | Qui |
                |---|---|
                | Recette | @lucas.bernard |
                """);
        // the live preview renders the Markdown table
        assertThat(page.locator("#doc-preview table")).isVisible();
        Locator visibility = page.locator("#doc-visibility-field input");
        visibility.click();
        visibility.press("ArrowDown");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*(Entreprise|Company)\\s*$"))).click();
        page.locator("#doc-save").click();

        assertThat(page.locator("#doc-title")).hasText(title);
        assertThat(page.locator("#doc-visibility")).hasText(Pattern.compile("Entreprise|Company"));
        assertThat(page.locator("#doc-body table")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/docs/\\d+/check-list-de-mise-en-production-[a-z0-9-]+$"));
        return page.url().replaceFirst("^https?://[^/]+", "");
    }

    private void upvoteAndSeeTheViewsMove(Page page, String path, String title) {
        signIn(page, DemoLogins.NEWCOMER.email());
        page.navigate(path);
        assertThat(page.locator("#doc-title")).hasText(title);
        int views = viewCount(page);
        assertThat(page.locator("relais-chart#doc-trend[rendered]")).isAttached();

        Locator upvote = page.locator("vaadin-button#doc-upvote");
        assertThat(upvote).hasText("0");
        upvote.click();
        assertThat(upvote).hasText("1");
        assertThat(upvote).hasAttribute("aria-pressed", "true");

        page.reload();
        assertThat(page.locator("#doc-title")).hasText(title);
        assertThat(page.locator("#doc-views")).hasAttribute("data-count", Integer.toString(views + 1));
        assertThat(page.locator("vaadin-button#doc-upvote")).hasText("1");
        RelaisPages.waitForServerRoundTrips(page);
        HeadlessChromium.screenshot(page, "document-social-journey");
    }

    private static int viewCount(Page page) {
        Locator views = page.locator("#doc-views");
        assertThat(views).hasAttribute("data-count", Pattern.compile("\\d+"));
        return Integer.parseInt(views.getAttribute("data-count"));
    }

    private static void signIn(Page page, String email) {
        page.navigate("/login");
        RelaisPages.fillLogin(page, email, DemoLogins.PASSWORD);
        RelaisPages.submitLogin(page);
        assertThat(page.locator("#main-navigation")).isVisible();
    }

    /** Runs a part of the journey, keeping a screenshot if it fails. */
    private static <T> T step(Page page, java.util.function.Function<Page, T> work) {
        // a fresh browser session loads the whole client first: give a busy CI machine time
        page.setDefaultTimeout(SLOW_MACHINE_MILLIS);
        try {
            return work.apply(page);
        } catch (RuntimeException | AssertionError e) {
            var file = HeadlessChromium.screenshot(page, FAILED);
            e.addSuppressed(new RuntimeException("screenshot of the failure: " + file.toAbsolutePath()));
            throw e;
        }
    }
}
