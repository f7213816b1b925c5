package io.relais.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.activity.ActivityLog;
import io.relais.docs.DocumentService;
import io.relais.onboarding.internal.Audit;
import io.relais.people.PersonService;
import io.relais.platform.NotFoundException;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each kind of item done its own way, by the right person only, audited with who and when and
 * written to the activity log; and who sees which checklist.
 */
@RelaisSpringTest
class ChecklistWorkTest {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    OnboardingDashboard dashboard;
    @Autowired
    TemplateService templates;
    @Autowired
    ChecklistWork work;
    @Autowired
    TodoService todos;
    @Autowired
    DocumentService documents;
    @Autowired
    PersonService people;
    @Autowired
    ActivityLog activity;
    @Autowired
    ApplicationContext context;

    OnboardingFixtures cast;
    long id;

    @BeforeEach
    void setUp() {
        cast = new OnboardingFixtures(context);
        id = cast.start(cast.template("Travail"), OnboardingFixtures.nextWorkingDay());
    }

    @Test
    void readingIsConfirmedByTheNewcomerOnlyAndRecordsWhoAndWhen() {
        ChecklistItem read = cast.item(id, ItemKind.READ_AND_CONFIRM);
        assertThat(read.canAct()).as("HR does not confirm for the newcomer").isFalse();
        assertThatThrownBy(() -> cast.users.as(cast.buddy.email(), () -> work.confirmRead(read.id())))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("messageKey",
                        "onboarding.error.not-responsible");

        cast.users.as(cast.newcomer.email(), () -> work.confirmRead(read.id()));

        ChecklistItem done = cast.item(id, ItemKind.READ_AND_CONFIRM);
        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.completedByName()).startsWith("Nadia");
        assertThat(cast.details(id).audit()).anySatisfy(entry -> {
            assertThat(entry.itemId()).isEqualTo(read.id());
            assertThat(entry.action()).isEqualTo(AuditAction.CONFIRMED);
            assertThat(entry.actorName()).startsWith("Nadia");
        });
        assertThat(activityCount("ONBOARDING_CONFIRMED", read.id())).isEqualTo(1);
        assertThat(todoOf(cast.newcomer.email(), "Lire le guide").done()).as("ticked on the to-do list too").isTrue();
        assertThatThrownBy(() -> cast.users.as(cast.newcomer.email(), () -> work.confirmRead(read.id())))
                .hasFieldOrPropertyWithValue("messageKey", "onboarding.error.already-done");
    }

    @Test
    void tickingTheToDoDoesTheItemAndUntickingReopensIt() {
        TodoItem lunch = todoOf(cast.buddy.email(), "Déjeuner ensemble");
        cast.users.as(cast.buddy.email(), () -> todos.setDone(lunch.id(), true));
        assertThat(cast.item(id, ItemKind.MEET).status()).isEqualTo(ItemStatus.DONE);
        assertThat(activityCount("ONBOARDING_COMPLETED", cast.item(id, ItemKind.MEET).id())).isEqualTo(1);

        cast.users.as(cast.buddy.email(), () -> todos.setDone(lunch.id(), false));
        assertThat(cast.item(id, ItemKind.MEET).status()).isEqualTo(ItemStatus.OPEN);
        assertThat(cast.details(id).audit()).extracting(ReviewEntry::action).contains(AuditAction.REOPENED);
    }

    @Test
    void theWritingExerciseGoesBackAndForthUntilTheBuddyApprovesIt() {
        ChecklistItem exercise = cast.item(id, ItemKind.WRITE_AND_REVIEW);
        assertThatThrownBy(() -> cast.users.as(cast.newcomer.email(), () -> work.submit(exercise.id())))
                .hasFieldOrPropertyWithValue("messageKey", "onboarding.error.write-first");

        String path = cast.users.as(cast.newcomer.email(), () -> work.startWriting(exercise.id(), "fr"));
        long documentId = Long.parseLong(path.split("/")[2]);
        assertThat(cast.users.as(cast.buddy.email(), () -> documents.get(documentId)).title())
                .as("the reviewer may read it").isEqualTo("Écrire sa page métier");
        var colleague = cast.users.createUser("Sam", Roles.EMPLOYEE);
        assertThat(cast.users.as(colleague.email(), () -> documents.find(documentId))).as("a colleague may not")
                .isEmpty();

        cast.users.as(cast.newcomer.email(), () -> work.submit(exercise.id()));
        assertThat(cast.item(id, ItemKind.WRITE_AND_REVIEW).status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(cast.users.as(cast.buddy.email(), () -> onboardings.reviewsWaiting()))
                .extracting(ChecklistItem::id).contains(exercise.id());
        assertThat(todoOf(cast.buddy.email(), "Écrire sa page métier").done()).isFalse();
        assertThatThrownBy(() -> cast.users.as(cast.manager.email(), () -> work.approve(exercise.id(), null)))
                .hasFieldOrPropertyWithValue("messageKey", "onboarding.error.not-reviewer");
        assertThatThrownBy(() -> cast.users.as(cast.buddy.email(), () -> work.sendBack(exercise.id(), "  ")))
                .hasFieldOrPropertyWithValue("messageKey", "onboarding.error.comment-required");

        cast.users.as(cast.buddy.email(), () -> work.sendBack(exercise.id(), "Ajoute un exemple concret."));
        ChecklistItem sentBack = cast.item(id, ItemKind.WRITE_AND_REVIEW);
        assertThat(sentBack.status()).isEqualTo(ItemStatus.CHANGES_REQUESTED);
        assertThat(cast.users.as(cast.buddy.email(), () -> onboardings.reviewsWaiting()))
                .extracting(ChecklistItem::id).doesNotContain(exercise.id());

        cast.users.as(cast.newcomer.email(), () -> work.submit(exercise.id()));
        cast.users.as(cast.buddy.email(), () -> work.approve(exercise.id(), "Parfait."));

        ChecklistItem approved = cast.item(id, ItemKind.WRITE_AND_REVIEW);
        assertThat(approved.status()).isEqualTo(ItemStatus.DONE);
        assertThat(approved.reviewRounds()).isEqualTo(2);
        assertThat(approved.completedByName()).startsWith("Bastien");
        assertThat(approved.documentPath()).isEqualTo(path);
        assertThat(cast.details(id).audit().stream().filter(e -> Long.valueOf(exercise.id()).equals(e.itemId())))
                .extracting(ReviewEntry::action, ReviewEntry::comment).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.WRITING_STARTED, null),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.SUBMITTED, null),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.SENT_BACK, "Ajoute un exemple concret."),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.SUBMITTED, null),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.APPROVED, "Parfait."));
        assertThat(todoOf(cast.newcomer.email(), "Écrire sa page métier").done()).isTrue();
        assertThat(todoOf(cast.buddy.email(), "Écrire sa page métier").done()).isTrue();
        assertThat(activityCount("ONBOARDING_APPROVED", exercise.id())).isEqualTo(1);
    }

    @Test
    void finishingEveryItemFinishesTheChecklist() {
        OnboardingDetails details = cast.details(id);
        Map<ItemKind, String> doers = Map.of(ItemKind.TASK, cast.it.email(), ItemKind.READ_AND_CONFIRM,
                cast.newcomer.email());
        for (ChecklistItem item : details.items()) {
            switch (item.kind()) {
                case TASK -> cast.users.as(doers.get(ItemKind.TASK), () -> work.complete(item.id()));
                case READ_AND_CONFIRM -> cast.users.as(cast.newcomer.email(), () -> work.confirmRead(item.id()));
                case MEET -> cast.users.as(item.responsiblePersonId() == cast.buddy.personId() ? cast.buddy.email()
                        : cast.manager.email(), () -> work.complete(item.id()));
                case WRITE_AND_REVIEW -> {
                    cast.users.as(cast.newcomer.email(), () -> work.startWriting(item.id(), "en"));
                    cast.users.as(cast.newcomer.email(), () -> work.submit(item.id()));
                    cast.users.as(cast.buddy.email(), () -> work.approve(item.id(), null));
                }
                default -> throw new IllegalStateException(item.kind().name());
            }
        }
        OnboardingDetails finished = cast.details(id);
        assertThat(finished.completedAt()).isNotNull();
        assertThat(finished.progress()).isEqualTo(1.0);
        assertThat(finished.audit()).extracting(ReviewEntry::action).contains(AuditAction.FINISHED);
    }

    @Test
    void everyoneSeesOnlyTheChecklistsTheyTakePartIn() {
        var stranger = cast.users.createUser("Sacha", Roles.EMPLOYEE);
        var leader = cast.users.createUser("Léon", Roles.EMPLOYEE, Roles.LEADERSHIP);
        for (String participant : List.of(cast.newcomer.email(), cast.buddy.email(), cast.manager.email(),
                cast.it.email(), cast.hr.email())) {
            assertThat(cast.users.as(participant, () -> onboardings.get(id)).id()).as(participant).isEqualTo(id);
        }
        var otherHr = cast.users.createUser("Hugo", Roles.EMPLOYEE, Roles.HR);
        assertThat(cast.users.as(otherHr.email(), () -> onboardings.get(id)).canManage()).as("any HR").isTrue();
        assertThat(cast.users.as(cast.buddy.email(), () -> onboardings.get(id)).canManage()).isFalse();
        for (String outsider : List.of(stranger.email(), leader.email())) {
            assertThatThrownBy(() -> cast.users.as(outsider, () -> onboardings.get(id))).as(outsider)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(cast.users.as(cast.newcomer.email(), () -> onboardings.mine()).orElseThrow().id()).isEqualTo(id);
        assertThat(cast.users.as(stranger.email(), () -> onboardings.mine())).isEmpty();
        assertThat(cast.users.as(cast.buddy.email(), () -> onboardings.involvingMe()))
                .extracting(OnboardingSummary::id).containsExactly(id);
        assertThat(cast.users.as(cast.buddy.email(), () -> onboardings.waitingForMe()))
                .extracting(ChecklistItem::title).containsExactly("Déjeuner ensemble");

        assertThat(cast.users.as(leader.email(), () -> dashboard.figures())).containsKeys("running", "overdue", "stuck");
        assertThatThrownBy(() -> cast.users.as(leader.email(), () -> dashboard.page(OnboardingFilter.IN_PROGRESS, 0, 10)))
                .as("leadership sees aggregates only").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cast.users.as(stranger.email(), () -> dashboard.figures()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cast.users.as(stranger.email(), () -> work.confirmRead(cast.item(id,
                ItemKind.READ_AND_CONFIRM).id()))).as("a stranger's action on it: not found")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOffboardingEndsWithAnAdministratorDeactivatingTheAccount() {
        var leaving = cast.users.createUser("Léa", Roles.EMPLOYEE);
        long template = cast.users.as(cast.hr.email(), () -> templates.create(new TemplateForm("Départ "
                + io.relais.TestUsers.unique(), Purpose.OFFBOARDING, null, null, List.of(
                        new TemplateItemForm("Départ", "Rendre le matériel", null, ResponsibleParty.NEWCOMER,
                                ItemKind.TASK, -1, null),
                        new TemplateItemForm("Départ", "Désactiver le compte", null, ResponsibleParty.IT,
                                ItemKind.DEACTIVATE_ACCOUNT, 0, null)))));
        long offboarding = cast.users.as(cast.hr.email(), () -> onboardings.start(new StartForm(leaving.personId(),
                template, null, null, cast.it.personId(), OnboardingFixtures.nextWorkingDay())));
        ChecklistItem deactivate = cast.details(offboarding).items().getLast();

        assertThatThrownBy(() -> cast.users.as(cast.it.email(), () -> work.confirmDeactivation(deactivate.id())))
                .as("the last step").hasFieldOrPropertyWithValue("messageKey", "onboarding.error.deactivate-last");
        ChecklistItem equipment = cast.details(offboarding).items().getFirst();
        cast.users.as(leaving.email(), () -> work.complete(equipment.id()));
        assertThatThrownBy(() -> cast.users.as(cast.hr.email(), () -> work.confirmDeactivation(deactivate.id())))
                .as("HR does not").isInstanceOf(AccessDeniedException.class);

        cast.users.as(cast.it.email(), () -> work.confirmDeactivation(deactivate.id()));

        assertThat(cast.users.as(cast.hr.email(), () -> people.get(leaving.personId())).active()).isFalse();
        OnboardingDetails done = cast.details(offboarding);
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.audit()).extracting(ReviewEntry::action).contains(AuditAction.ACCOUNT_DEACTIVATED);
    }

    private TodoItem todoOf(String email, String titleStart) {
        return cast.users.as(email, () -> todos.page(TodoFilter.ALL, 0, 200)).stream()
                .filter(todo -> todo.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private long activityCount(String action, long itemId) {
        return cast.users.as(cast.hr.email(), () -> activity.count(action, Audit.ITEM_SUBJECT, itemId));
    }
}
