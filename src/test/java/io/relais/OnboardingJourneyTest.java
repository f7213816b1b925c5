package io.relais;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.relais.demo.DemoLogins;
import io.relais.onboarding.ChecklistItem;
import io.relais.onboarding.ItemKind;
import io.relais.onboarding.OnboardingFixtures;
import io.relais.onboarding.OnboardingService;
import io.relais.onboarding.Purpose;
import io.relais.onboarding.ResponsibleParty;
import io.relais.onboarding.TemplateForm;
import io.relais.onboarding.TemplateItemForm;
import io.relais.onboarding.TemplateService;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.security.AccountService;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An onboarding in a real headless Chromium, three people in three browsers: HR starts it from the
 * dashboard, the newcomer confirms an article and submits the writing exercise, the buddy approves
 * it, and HR sees the progress move. Screenshots under {@code target/playwright/}.
 */
@RelaisSpringTest
@Tag("browser")
class OnboardingJourneyTest {

    private static final String FAILED = "onboarding-journey-FAILED";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PersonService people;
    @Autowired
    AccountService accounts;
    @Autowired
    TemplateService templates;
    @Autowired
    OnboardingService onboardings;

    @Test
    void hrStartsTheNewcomerConfirmsAndWritesTheBuddyApprovesHrSeesProgress() throws IOException {
        TestData.personWithAccount(people, accounts, "Joelle", "Parcours", List.of(Roles.EMPLOYEE));
        TestData.personWithAccount(people, accounts, "Basile", "Parcours", List.of(Roles.EMPLOYEE));
        long article = new OnboardingFixtures(context).articleId;
        String templateName = "Parcours " + TestUsers.unique();
        TestUsers users = new TestUsers(context);
        users.as(DemoLogins.HR.email(), () -> templates.create(new TemplateForm(templateName, Purpose.ONBOARDING, null,
                null, List.of(new TemplateItemForm("Semaine 1", "Lire notre façon de travailler", null,
                                ResponsibleParty.NEWCOMER, ItemKind.READ_AND_CONFIRM, 1, article),
                        new TemplateItemForm("Mois 1", "Écrire sa page métier", null, ResponsibleParty.NEWCOMER,
                                ItemKind.WRITE_AND_REVIEW, 10, null)))));
        try (HeadlessChromium chromium = HeadlessChromium.launch();
                BrowserContext hr = chromium.newContext("http://localhost:" + port, "fr-FR");
                BrowserContext newcomer = chromium.newContext("http://localhost:" + port, "fr-FR");
                BrowserContext buddy = chromium.newContext("http://localhost:" + port, "fr-FR")) {
            Page hrPage = RelaisPages.signIn(hr, DemoLogins.HR.email(), DemoLogins.PASSWORD);
            Page current = hrPage;
            Files.deleteIfExists(HeadlessChromium.SCREENSHOTS.resolve(FAILED + ".png"));
            try {
                long id = start(hrPage, templateName);
                List<ChecklistItem> items = users.as(DemoLogins.HR.email(), () -> onboardings.get(id)).items();

                Page newcomerPage = RelaisPages.signIn(newcomer, TestData.emailOf("Joelle", "Parcours"), TestData.PASSWORD);
                current = newcomerPage;
                newcomerPage.navigate("/onboarding");
                assertThat(newcomerPage.locator("#onboarding-progress-text")).hasText("0 sur 2 faits");
                newcomerPage.locator("#confirm-" + items.get(0).id()).click();
                assertThat(newcomerPage.locator("#onboarding-progress-text")).hasText("1 sur 2 faits");
                newcomerPage.locator("#write-" + items.get(1).id()).click();
                newcomerPage.locator("#submit-" + items.get(1).id()).click();
                assertThat(newcomerPage.locator("#thread-" + items.get(1).id()).first()).containsText("soumis");
                HeadlessChromium.screenshot(newcomerPage, "onboarding-journey-newcomer");

                Page buddyPage = RelaisPages.signIn(buddy, TestData.emailOf("Basile", "Parcours"), TestData.PASSWORD);
                current = buddyPage;
                buddyPage.navigate("/onboarding");
                buddyPage.locator("#review-comment-" + items.get(1).id() + " textarea").fill("Très clair, merci !");
                buddyPage.locator("#approve-" + items.get(1).id()).click();
                assertThat(buddyPage.locator("#approve-" + items.get(1).id())).hasCount(0);

                current = hrPage;
                hrPage.navigate("/onboarding/" + id);
                assertThat(hrPage.locator("#checklist-progress-text")).hasText("2 sur 2 faits");
                assertThat(hrPage.locator("#thread-" + items.get(1).id())).containsText("Très clair");
                assertThat(hrPage.locator("#checklist-audit")).containsText("Basile Parcours");
                RelaisPages.waitForServerRoundTrips(hrPage);
                HeadlessChromium.screenshot(hrPage, "onboarding-journey-hr");
            } catch (RuntimeException | AssertionError e) {
                var file = HeadlessChromium.screenshot(current, FAILED);
                e.addSuppressed(new RuntimeException("screenshot of the failure: " + file.toAbsolutePath()));
                throw e;
            }
        }
    }

    /** HR starts the checklist from the dashboard's dialog; answers its id, from the page's address. */
    private static long start(Page page, String templateName) {
        page.navigate("/onboarding/dashboard");
        page.locator("#dashboard-start").click();
        pick(page, "#start-person", "Joelle Parcours");
        pick(page, "#start-template", templateName);
        pick(page, "#start-buddy", "Basile Parcours");
        LocalDate start = OnboardingFixtures.nextWorkingDay();
        Locator date = page.locator("#start-date input");
        date.fill(start.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        date.press("Enter");
        page.locator("#start-save").click();
        page.locator("#checklist-title").waitFor();
        assertThat(page.locator("#checklist-progress-text")).hasText("0 sur 2 faits");
        HeadlessChromium.screenshot(page, "onboarding-journey-started");
        var matcher = Pattern.compile("/onboarding/(\\d+)").matcher(page.url());
        if (!matcher.find()) {
            throw new AssertionError("Not on a checklist page: " + page.url());
        }
        return Long.parseLong(matcher.group(1));
    }

    private static void pick(Page page, String comboBox, String text) {
        page.locator(comboBox + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }
}
