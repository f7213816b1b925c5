package io.relais.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.platform.UserFacingException;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualOccurrence;
import io.relais.rituals.RitualOutcomes;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Starting a checklist: concrete due dates on working days, each item on its responsible
 * person's to-do list, the event the rituals plan from; moving the start re-plans open items only;
 * a template edit leaves running checklists as they were.
 */
@RelaisSpringTest
@RecordApplicationEvents
class OnboardingServiceTest {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    TemplateService templates;
    @Autowired
    ChecklistWork work;
    @Autowired
    TodoService todos;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationContext context;
    @Autowired
    RitualOutcomes outcomes;

    /** The due offsets of the fixtures' template, in order. */
    static final List<Integer> OFFSETS = List.of(-3, 1, 2, 14, 30);

    OnboardingFixtures cast;

    @BeforeEach
    void setUp() {
        cast = new OnboardingFixtures(context);
    }

    @Test
    void startingPlansEveryItemOnAWorkingDayAndPutsItOnItsOwnersList() {
        LocalDate start = mondayInThreeWeeks();
        long id = cast.start(cast.template("Accueil"), start);

        OnboardingDetails details = cast.details(id);
        assertThat(details.items()).extracting(ChecklistItem::title).containsExactly("Préparer le poste", "Lire le guide",
                "Déjeuner ensemble", "Écrire sa page métier", "Point à un mois");
        for (ChecklistItem item : details.items()) {
            assertThat(OnboardingFixtures.FRANCE.isWorkingDay(item.dueDate())).as(item.title()).isTrue();
        }
        assertThat(details.items()).extracting(ChecklistItem::dueDate).containsExactlyElementsOf(
                OFFSETS.stream().map(offset -> OnboardingFixtures.FRANCE.dueDate(start, offset)).toList());
        assertThat(details.items().getFirst().dueDate()).as("day -3 of a Monday start: before the start")
                .isBefore(start);
        assertThat(details.items()).extracting(ChecklistItem::responsiblePersonId).containsExactly(cast.it.personId(),
                cast.newcomer.personId(), cast.buddy.personId(), cast.newcomer.personId(), cast.manager.personId());
        assertThat(details.items().get(1).descriptionHtml()).contains("<strong>guide</strong>");
        assertThat(details.items().get(1).articlePath()).startsWith("/docs/" + cast.articleId + "/");

        assertThat(openTodos(cast.newcomer.email())).extracting(TodoItem::title)
                .contains("Lire le guide", "Écrire sa page métier");
        assertThat(openTodos(cast.buddy.email())).anySatisfy(todo -> {
            assertThat(todo.title()).startsWith("Déjeuner ensemble — Nadia");
            assertThat(todo.dueDate()).isEqualTo(details.items().get(2).dueDate());
            assertThat(todo.link()).isEqualTo("/onboarding/" + id);
        });
        assertThat(events.stream(OnboardingStarted.class)).containsExactly(new OnboardingStarted(id,
                cast.newcomer.personId(), cast.buddy.personId(), cast.manager.personId(), start));
    }

    @Test
    void startingAnOnboardingPlansTheNewcomersOneOnOnesWithTheBuddy() throws InterruptedException {
        LocalDate start = mondayInThreeWeeks();
        cast.start(cast.template("Accueil"), start);
        Instant from = start.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        List<RitualOccurrence> withBuddy = List.of();
        for (int attempt = 0; attempt < 100 && withBuddy.isEmpty(); attempt++) {
            Thread.sleep(100); // planned after the commit, on another thread
            withBuddy = SystemTask.runAs(List.of(Roles.HR), () -> outcomes.between(from, from.plus(Duration.ofDays(45))))
                    .stream().filter(o -> o.kind() == RitualKind.NEWCOMER_ONE_ON_ONES
                            && o.participantIds().containsAll(List.of(cast.newcomer.personId(), cast.buddy.personId())))
                    .toList();
        }
        assertThat(withBuddy).isNotEmpty();
    }

    @Test
    void movingTheStartReplansOpenItemsAndTheirToDosButNotDoneOnes() {
        LocalDate start = mondayInThreeWeeks();
        long id = cast.start(cast.template("Replanif"), start);
        ChecklistItem prepared = cast.item(id, ItemKind.TASK);
        cast.users.as(cast.it.email(), () -> work.complete(prepared.id()));
        OnboardingDetails before = cast.details(id);

        LocalDate later = start.plusWeeks(2);
        cast.users.as(cast.hr.email(), () -> onboardings.reschedule(id, before.version(), later));

        OnboardingDetails after = cast.details(id);
        assertThat(after.startDate()).isEqualTo(later);
        assertThat(after.items().getFirst().dueDate()).as("done: keeps its date").isEqualTo(prepared.dueDate());
        for (int i = 1; i < after.items().size(); i++) {
            assertThat(after.items().get(i).dueDate()).as(after.items().get(i).title())
                    .isEqualTo(OnboardingFixtures.FRANCE.dueDate(later, OFFSETS.get(i)));
        }
        ChecklistItem lunch = after.items().get(2);
        assertThat(openTodos(cast.buddy.email())).anySatisfy(todo -> {
            assertThat(todo.title()).startsWith("Déjeuner ensemble");
            assertThat(todo.dueDate()).isEqualTo(lunch.dueDate());
        });
        assertThat(events.stream(OnboardingRescheduled.class)).containsExactly(new OnboardingRescheduled(id,
                cast.newcomer.personId(), cast.buddy.personId(), cast.manager.personId(), start, later));
        assertThat(after.audit()).extracting(ReviewEntry::action).contains(AuditAction.STARTED, AuditAction.RESCHEDULED);
        assertThatThrownBy(() -> cast.users.as(cast.hr.email(), () -> onboardings.reschedule(id, before.version(), start)))
                .as("from a stale version").isInstanceOf(UserFacingException.class);
    }

    @Test
    void editingATemplateMakesANewVersionAndRunningChecklistsKeepTheirs() {
        long v1 = cast.template("Versions");
        long running = cast.start(v1, mondayInThreeWeeks());
        TemplateDetails first = cast.users.as(cast.hr.email(), () -> templates.get(v1));
        List<TemplateItemForm> changed = new java.util.ArrayList<>(first.items());
        changed.set(1, new TemplateItemForm("Semaine 1", "Lire le guide, version courte", null,
                ResponsibleParty.NEWCOMER, ItemKind.READ_AND_CONFIRM, 3, cast.articleId));
        changed.remove(4);

        long v2 = cast.users.as(cast.hr.email(), () -> templates.update(v1, new TemplateForm(first.summary().name(),
                Purpose.ONBOARDING, null, "Designer", changed)));

        List<TemplateSummary> versions = cast.users.as(cast.hr.email(), () -> templates.versions(first.summary().lineage()));
        assertThat(versions).extracting(TemplateSummary::version, TemplateSummary::latest, TemplateSummary::itemCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true, 4),
                        org.assertj.core.groups.Tuple.tuple(1, false, 5));
        assertThat(cast.details(running).items()).as("the running checklist is unchanged").hasSize(5)
                .extracting(ChecklistItem::title).contains("Lire le guide", "Point à un mois");
        assertThat(cast.details(running).templateVersion()).isEqualTo(1);
        assertThatThrownBy(() -> cast.users.as(cast.hr.email(), () -> templates.update(v1, first.toForm())))
                .as("an old version is not edited").isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "onboarding.error.template-outdated");
        assertThatThrownBy(() -> cast.start(v1, mondayInThreeWeeks().plusWeeks(1)))
                .as("nor started").isInstanceOf(UserFacingException.class);
        assertThat(cast.users.as(cast.hr.email(), () -> templates.get(v2)).summary().roleName()).isEqualTo("Designer");
    }

    @Test
    void startRefusesAWeekendARunningChecklistAndMissingPeople() {
        long template = cast.template("Refus");
        LocalDate saturday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        assertRefused(() -> cast.start(template, saturday), "startDate", "onboarding.error.start-not-working-day");
        assertRefused(() -> cast.users.as(cast.hr.email(), () -> onboardings.start(new StartForm(cast.newcomer.personId(),
                template, null, cast.manager.personId(), cast.it.personId(), mondayInThreeWeeks()))), "buddy",
                "onboarding.error.buddy-required");
        assertRefused(() -> cast.users.as(cast.hr.email(), () -> onboardings.start(new StartForm(cast.newcomer.personId(),
                template, cast.buddy.personId(), cast.manager.personId(), null, mondayInThreeWeeks()))), "itContact",
                "onboarding.error.it-required");
        cast.start(template, mondayInThreeWeeks());
        assertRefused(() -> cast.start(template, mondayInThreeWeeks()), "person", "onboarding.error.already-running");
        assertThatThrownBy(() -> cast.users.as(cast.buddy.email(), () -> onboardings.start(new StartForm(
                cast.newcomer.personId(), template, null, null, null, mondayInThreeWeeks()))))
                .as("only HR starts checklists").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void templatesRefuseOffsetsOutOfRangeArticlesNobodyCanReadAndMisplacedKinds() {
        assertRefused(() -> template(new TemplateItemForm("S", "Trop tard", null, ResponsibleParty.NEWCOMER,
                ItemKind.TASK, 91, null)), "items", "onboarding.error.offset");
        assertRefused(() -> template(new TemplateItemForm("S", "Trop tôt", null, ResponsibleParty.NEWCOMER,
                ItemKind.TASK, -8, null)), "items", "onboarding.error.offset");
        assertRefused(() -> template(new TemplateItemForm("S", "Lire", null, ResponsibleParty.NEWCOMER,
                ItemKind.READ_AND_CONFIRM, 1, null)), "items", "onboarding.error.article-required");
        assertRefused(() -> template(new TemplateItemForm("S", "Lire", null, ResponsibleParty.NEWCOMER,
                ItemKind.READ_AND_CONFIRM, 1, Long.MAX_VALUE)), "items", "onboarding.error.article-unknown");
        assertRefused(() -> template(new TemplateItemForm("S", "Écrire", null, ResponsibleParty.BUDDY,
                ItemKind.WRITE_AND_REVIEW, 1, null)), "items", "onboarding.error.writer-is-newcomer");
        assertRefused(() -> template(new TemplateItemForm("S", "Désactiver", null, ResponsibleParty.IT,
                ItemKind.DEACTIVATE_ACCOUNT, 1, null)), "items", "onboarding.error.deactivation-offboarding");
        assertRefused(() -> cast.users.as(cast.hr.email(), () -> templates.create(new TemplateForm(" ",
                Purpose.ONBOARDING, null, null, List.of()))), "name", "validation.required");
    }

    private long template(TemplateItemForm item) {
        return cast.users.as(cast.hr.email(), () -> templates.create(new TemplateForm("Modèle", Purpose.ONBOARDING,
                null, null, List.of(item))));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            String key) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("field", field).hasFieldOrPropertyWithValue("messageKey", key);
    }

    private List<TodoItem> openTodos(String email) {
        return cast.users.as(email, () -> todos.page(TodoFilter.OPEN, 0, 100));
    }

    /** A Monday that is a working day, three weeks or more from now. */
    static LocalDate mondayInThreeWeeks() {
        LocalDate monday = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        while (!OnboardingFixtures.FRANCE.isWorkingDay(monday)) {
            monday = monday.plusWeeks(1);
        }
        return monday;
    }
}
