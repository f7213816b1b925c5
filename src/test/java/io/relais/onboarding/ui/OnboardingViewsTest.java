package io.relais.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.TestUsers;
import io.relais.onboarding.ChecklistItem;
import io.relais.onboarding.ChecklistWork;
import io.relais.onboarding.ItemKind;
import io.relais.onboarding.ItemStatus;
import io.relais.onboarding.OnboardingDetails;
import io.relais.onboarding.OnboardingFixtures;
import io.relais.onboarding.OnboardingService;
import io.relais.onboarding.OnboardingSummary;
import io.relais.onboarding.Purpose;
import io.relais.onboarding.ResponsibleParty;
import io.relais.onboarding.StartForm;
import io.relais.onboarding.TemplateForm;
import io.relais.onboarding.TemplateItemForm;
import io.relais.onboarding.TemplateService;
import io.relais.onboarding.TemplateSummary;
import io.relais.people.PersonFilter;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.Roles;
import io.relais.security.AccountService;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The checklist views as their users work with them: the newcomer confirms an article and writes
 * the exercise on "My onboarding", the buddy reviews it there, HR starts a checklist from the
 * dashboard, moves its start, filters and exports the list, and edits templates; leadership sees
 * only the aggregates. Each test has its own newcomer, so checklists never collide.
 */
@RelaisSpringTest
class OnboardingViewsTest extends SpringBrowserlessTest {

    static final String HR = "hortense.vuehr@example.test";
    static final String BUDDY = "bruno.vuebuddy@example.test";
    static final String NEWCOMER_CONFIRMS = "nora.vueconfirm@example.test";
    static final String NEWCOMER_REVIEWED = "noe.vuereviewed@example.test";
    static final String NEWCOMER_STARTED = "nell.vuestarted@example.test";

    static long templateId;
    static long articleId;

    @Autowired
    OnboardingService onboardings;
    @Autowired
    ChecklistWork work;
    @Autowired
    TemplateService templates;
    @Autowired
    PersonService people;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void cast(@Autowired PersonService people, @Autowired AccountService accounts,
            @Autowired ApplicationContext context) {
        TestData.personWithAccount(people, accounts, "Hortense", "Vuehr", List.of(Roles.EMPLOYEE, Roles.HR));
        TestData.personWithAccount(people, accounts, "Bruno", "Vuebuddy", List.of(Roles.EMPLOYEE));
        TestData.personWithAccount(people, accounts, "Nora", "Vueconfirm", List.of(Roles.EMPLOYEE));
        TestData.personWithAccount(people, accounts, "Noe", "Vuereviewed", List.of(Roles.EMPLOYEE));
        TestData.personWithAccount(people, accounts, "Nell", "Vuestarted", List.of(Roles.EMPLOYEE));
        TestUsers users = new TestUsers(context);
        OnboardingFixtures fixtures = new OnboardingFixtures(context);
        articleId = fixtures.articleId;
        templateId = users.as(HR, () -> context.getBean(TemplateService.class).create(new TemplateForm(
                "Accueil vues " + TestUsers.unique(), Purpose.ONBOARDING, null, null, List.of(
                        new TemplateItemForm("Semaine 1", "Lire la charte", null, ResponsibleParty.NEWCOMER,
                                ItemKind.READ_AND_CONFIRM, 1, articleId),
                        new TemplateItemForm("Semaine 1", "Café avec le parrain", null, ResponsibleParty.BUDDY,
                                ItemKind.MEET, 2, null),
                        new TemplateItemForm("Mois 1", "Écrire sa page", "Une *demi-page*.", ResponsibleParty.NEWCOMER,
                                ItemKind.WRITE_AND_REVIEW, 10, null)))));
    }

    private long personId(String email) {
        return new TestUsers(context).as(HR, () -> people.findByEmail(email).orElseThrow().id());
    }

    private long startFor(String newcomerEmail) {
        return new TestUsers(context).as(HR, () -> onboardings.start(new StartForm(personId(newcomerEmail), templateId,
                personId(BUDDY), null, null, OnboardingFixtures.nextWorkingDay())));
    }

    @Test
    @WithUserDetails(NEWCOMER_CONFIRMS)
    void theNewcomerConfirmsAnArticleAndWritesTheExercise() {
        long id = startFor(NEWCOMER_CONFIRMS);
        navigate(MyOnboardingView.class);
        assertThat($(H2.class).id("onboarding-title").getText()).contains("Accueil vues");
        assertThat($(Span.class).id("onboarding-progress-text").getText()).isEqualTo(t("onboarding.progress", 0, 3));
        assertThat($(Div.class).id("onboarding-who").getElement().getTextRecursively()).contains("Bruno Vuebuddy");
        ChecklistItem article = mine().items().getFirst();
        assertThat($(Div.class).id("onboarding-articles").getElement().getOuterHTML()).contains("Lire la charte");

        test($(Button.class).id("confirm-" + article.id())).click();

        assertThat(mine().items().getFirst().status()).isEqualTo(ItemStatus.DONE);
        assertThat($(Span.class).id("onboarding-progress-text").getText()).isEqualTo(t("onboarding.progress", 1, 3));
        assertThat($(Button.class).withId("confirm-" + article.id()).exists()).as("nothing left to confirm").isFalse();

        ChecklistItem exercise = mine().items().getLast();
        test($(Button.class).id("write-" + exercise.id())).click();
        assertThat(mine().items().getLast().documentPath()).isNotNull();
        test($(Button.class).id("submit-" + exercise.id())).click();
        assertThat(mine().items().getLast().status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat($(Div.class).id("thread-" + exercise.id()).getElement().getTextRecursively()).contains("Nora Vueconfirm");
        assertThat(mine().id()).isEqualTo(id);
    }

    @Test
    @WithUserDetails(BUDDY)
    void theBuddyFindsTheReviewWaitingSendsItBackThenApprovesIt() {
        long id = startFor(NEWCOMER_REVIEWED);
        TestUsers users = new TestUsers(context);
        ChecklistItem exercise = users.as(HR, () -> onboardings.get(id)).items().getLast();
        users.as(NEWCOMER_REVIEWED, () -> work.startWriting(exercise.id(), "fr"));
        users.as(NEWCOMER_REVIEWED, () -> work.submit(exercise.id()));

        navigate(MyOnboardingView.class);
        assertThat($(Div.class).id("onboarding-reviews").getElement().getOuterHTML()).contains("Écrire sa page");
        test($(Button.class).id("send-back-" + exercise.id())).click();
        assertThat(status(id, exercise.id())).as("a comment is required").isEqualTo(ItemStatus.IN_REVIEW);

        test($(TextArea.class).id("review-comment-" + exercise.id())).setValue("Ajoute un exemple.");
        test($(Button.class).id("send-back-" + exercise.id())).click();
        assertThat(status(id, exercise.id())).isEqualTo(ItemStatus.CHANGES_REQUESTED);

        users.as(NEWCOMER_REVIEWED, () -> work.submit(exercise.id()));
        OnboardingView view = navigate(OnboardingView.class, id);
        assertThat($(H2.class).id("checklist-title").getText()).contains("Noe Vuereviewed");
        assertThat($(Div.class).id("thread-" + exercise.id()).getElement().getTextRecursively()).contains("Ajoute un exemple.");
        assertThat($(DatePicker.class).withId("checklist-start").exists()).as("only HR moves the start").isFalse();
        test($(Button.class).id("approve-" + exercise.id())).click();
        assertThat(status(id, exercise.id())).isEqualTo(ItemStatus.DONE);
        assertThat(view).isNotNull();
    }

    @Test
    @WithUserDetails(HR)
    void hrStartsAChecklistFromTheDashboardMovesItsStartAndExportsTheList() {
        navigate(OnboardingDashboardView.class);
        test($(Button.class).id("dashboard-start")).click();
        Dialog dialog = $(Dialog.class).single();
        ComboBox<PersonSummary> person = $(ComboBox.class, dialog).id("start-person");
        person.setValue(summary(NEWCOMER_STARTED));
        ComboBox<TemplateSummary> template = $(ComboBox.class, dialog).id("start-template");
        template.setValue(templates.latest(null).stream().filter(t -> t.id() == templateId).findFirst().orElseThrow());
        LocalDate saturday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        test($(DatePicker.class, dialog).id("start-date")).setValue(saturday);
        test($(Button.class, dialog).id("start-save")).click();
        assertThat($(DatePicker.class, dialog).id("start-date").isInvalid()).as("a Saturday is refused, the dialog stays").isTrue();
        ComboBox<PersonSummary> buddy = $(ComboBox.class, dialog).id("start-buddy");
        buddy.setValue(summary(BUDDY));
        LocalDate start = OnboardingFixtures.nextWorkingDay();
        test($(DatePicker.class, dialog).id("start-date")).setValue(start);
        test($(Button.class, dialog).id("start-save")).click();

        assertThat(getCurrentView()).isInstanceOf(OnboardingView.class);
        OnboardingSummary started = onboardings.involvingMe().stream()
                .filter(s -> s.personName().equals("Nell Vuestarted")).findFirst().orElseThrow();
        assertThat(started.startDate()).isEqualTo(start);
        LocalDate later = OnboardingFixtures.FRANCE.nextWorkingDay(start.plusWeeks(1));
        test($(DatePicker.class).id("checklist-start")).setValue(later);
        test($(Button.class).id("checklist-reschedule")).click();
        assertThat(onboardings.get(started.id()).startDate()).isEqualTo(later);

        OnboardingDashboardView dashboard = navigate(OnboardingDashboardView.class);
        assertThat($(Div.class).id("figure-running").getElement().getTextRecursively()).isNotBlank();
        test($(TextField.class).id("dashboard-text")).setValue("Vuestarted");
        Grid<OnboardingSummary> grid = $(Grid.class).id("dashboard-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).personName()).isEqualTo("Nell Vuestarted");
        String csv = new String(dashboard.exportCsv(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("\"Nell Vuestarted\"").contains("\"" + t("onboarding.column.person") + "\"");
    }

    @Test
    @WithUserDetails(HR)
    void hrCreatesATemplateAndEditingItSavesANewVersion() {
        navigate(TemplatesView.class);
        test($(Button.class).id("templates-new")).click();
        Dialog creating = $(Dialog.class).single();
        String name = "Accueil design " + TestUsers.unique();
        test($(TextField.class, creating).id("template-name")).setValue(name);
        test($(TextField.class, creating).id("item-section-0")).setValue("Semaine 1");
        test($(Button.class, creating).id("template-save")).click();
        assertThat(templates.latest(null)).as("an item without a title is refused").extracting(TemplateSummary::name)
                .doesNotContain(name);
        test($(TextField.class, creating).id("item-title-0")).setValue("Visite des locaux");
        test($(Button.class, creating).id("template-save")).click();
        assertThat(creating.isOpened()).isFalse();
        TemplateSummary created = templates.latest(null).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(created.version()).isEqualTo(1);

        Grid<TemplateSummary> list = $(Grid.class).id("templates-grid");
        int row = 0;
        while (test(list).getRow(row).id() != created.id()) {
            row++;
        }
        test(list).clickRow(row);
        Dialog editing = $(Dialog.class).single();
        test($(Button.class, editing).id("template-add-item")).click();
        test($(TextField.class, editing).id("item-title-1")).setValue("Déjeuner d'équipe");
        test($(Button.class, editing).id("template-save")).click();
        TemplateSummary edited = templates.latest(null).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.itemCount()).isEqualTo(2);
        assertThat(templates.get(edited.id()).items().get(1).section()).as("a new item takes the previous section")
                .isEqualTo("Semaine 1");
    }

    @Test
    @WithUserDetails("claire.fontaine@canopee.fr")
    void leadershipSeesTheAggregatesButNoChecklist() {
        navigate(OnboardingDashboardView.class);
        assertThat($(Div.class).id("figure-running").getElement().getTextRecursively()).isNotBlank();
        assertThat($(com.vaadin.flow.component.Component.class).withId("dashboard-chart").exists()).isTrue();
        assertThat($(Grid.class).withId("dashboard-durations").exists()).isTrue();
        assertThat($(Grid.class).withId("dashboard-grid").exists()).isFalse();
        assertThat($(Button.class).withId("dashboard-start").exists()).isFalse();
    }

    private OnboardingDetails mine() {
        return onboardings.mine().orElseThrow();
    }

    private ItemStatus status(long onboardingId, long itemId) {
        return new TestUsers(context).as(HR, () -> onboardings.get(onboardingId)).items().stream()
                .filter(i -> i.id() == itemId).findFirst().orElseThrow().status();
    }

    private PersonSummary summary(String email) {
        return people.page(new PersonFilter(email, null, false), 0, 5).getFirst();
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
