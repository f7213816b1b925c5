package io.relais.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.notifications.NotificationService;
import io.relais.notifications.NotificationView;
import io.relais.platform.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The life of a task: created by the team, moved across the board with optimistic locking,
 * commented with mentions that notify, its checklist, and every step in the project's feed.
 */
@RelaisSpringTest
class TaskWorkflowTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;
    @Autowired
    NotificationService notifications;

    ClientFixtures f;

    @BeforeEach
    void setUp() {
        f = new ClientFixtures(new TestUsers(context), clients, projects);
    }

    private long newTask(String login, Long assignee) {
        return f.users.as(login, () -> tasks.create(new TaskForm(f.projectId, "Maquettes " + TestUsers.unique(),
                "Voir le **brief**", assignee, LocalDate.of(2026, 3, 1), TaskPriority.HIGH)));
    }

    @Test
    void theTeamMovesATaskAcrossTheBoardAndTheFeedSaysSo() {
        long id = newTask(f.member.email(), f.member.personId());
        TaskDetails created = f.users.as(f.outsider.email(), () -> tasks.get(id));
        assertThat(created.status()).isEqualTo(TaskStatus.TO_DO);
        assertThat(created.canEdit()).as("outsiders read but do not write").isFalse();
        assertThat(created.descriptionHtml()).contains("<strong>brief</strong>");

        TaskSummary doing = f.users.as(f.member.email(), () -> tasks.move(id, created.version(), TaskStatus.DOING));
        assertThat(doing.status()).isEqualTo(TaskStatus.DOING);
        assertThat(f.users.as(f.member.email(), () -> tasks.column(f.projectId, TaskStatus.DOING, 0, 50)))
                .extracting(TaskSummary::id).contains(id);
        assertThat(f.users.as(f.member.email(), () -> tasks.column(f.projectId, TaskStatus.TO_DO, 0, 50)))
                .extracting(TaskSummary::id).doesNotContain(id);

        assertThatThrownBy(() -> f.users.as(f.projectOwner.email(), () -> tasks.move(id, created.version(), TaskStatus.DONE)))
                .as("a move from an outdated card is refused")
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrent-edit"));
        assertThatThrownBy(() -> f.users.as(f.outsider.email(), () -> tasks.move(id, doing.version(), TaskStatus.DONE)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("projects.error.not-in-team"));

        f.users.as(f.projectOwner.email(), () -> tasks.move(id, doing.version(), TaskStatus.DONE));
        List<TimelineEntry> feed = f.users.as(f.outsider.email(), () -> projects.feed(f.projectId));
        assertThat(feed).filteredOn(e -> id == (e.taskId() == null ? -1 : e.taskId()))
                .extracting(TimelineEntry::action, TimelineEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TASK_MOVED", TaskStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("TASK_MOVED", TaskStatus.DOING),
                        org.assertj.core.groups.Tuple.tuple("TASK_CREATED", null));
        assertThat(feed.getFirst().actor().id()).isEqualTo(f.projectOwner.personId());
        assertThat(f.users.as(f.outsider.email(), () -> clients.timeline(f.clientId, 50)))
                .as("the client's timeline gathers its projects' feeds").extracting(TimelineEntry::taskId).contains(id);
    }

    @Test
    void mentionsInCommentsNotifyThePeopleNamedOnce() {
        long id = newTask(f.member.email(), null);
        String ownerHandle = f.projectOwner.email().substring(0, f.projectOwner.email().indexOf('@'));
        long before = f.users.as(f.projectOwner.email(), () -> notifications.unreadCount());
        f.users.as(f.outsider.email(), () -> tasks.comment(id, "Vu avec le client, @" + ownerHandle
                + " peux-tu valider ? <script>alert(1)</script> et @personne.inconnue"));

        assertThat(f.users.as(f.projectOwner.email(), () -> notifications.unreadCount())).isEqualTo(before + 1);
        NotificationView notification = f.users.as(f.projectOwner.email(), () -> notifications.recent(1)).getFirst();
        assertThat(notification.messageKey()).isEqualTo("projects.notification.mentioned");
        assertThat(notification.link()).isEqualTo("/tasks/" + id);
        TaskComment comment = f.users.as(f.member.email(), () -> tasks.get(id)).comments().getFirst();
        assertThat(comment.html()).contains("class=\"mention\"").doesNotContain("<script");
        assertThat(comment.author().id()).isEqualTo(f.outsider.personId());
        assertThat(f.users.as(f.member.email(), () -> projects.feed(f.projectId)))
                .extracting(TimelineEntry::action).contains("COMMENTED");
        assertThatThrownBy(() -> f.users.as(f.member.email(), () -> tasks.comment(id, "   ")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void aNewAssigneeIsNotified() {
        long before = f.users.as(f.member.email(), () -> notifications.unreadCount());
        long id = newTask(f.projectOwner.email(), f.member.personId());
        assertThat(f.users.as(f.member.email(), () -> notifications.recent(1)).getFirst())
                .satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("projects.notification.assigned");
                    assertThat(n.link()).isEqualTo("/tasks/" + id);
                });
        assertThat(f.users.as(f.member.email(), () -> notifications.unreadCount())).isEqualTo(before + 1);
        assertThat(f.users.as(f.member.email(), () -> tasks.list(new TaskFilter(null, null, null, null, true, false, true, null), 0, 500)))
                .as("my tasks").extracting(TaskSummary::id).contains(id);
    }

    @Test
    void theChecklistIsKeptInOrderAndBounded() {
        long id = newTask(f.member.email(), null);
        f.users.as(f.member.email(), () -> {
            tasks.addChecklistItem(id, "Brief");
            tasks.addChecklistItem(id, "Maquette");
            tasks.addChecklistItem(id, "Validation");
            tasks.checkItem(id, 1, true);
            tasks.removeChecklistItem(id, 0);
        });
        assertThat(f.users.as(f.member.email(), () -> tasks.get(id)).checklist())
                .extracting(ChecklistItem::text, ChecklistItem::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Maquette", true),
                        org.assertj.core.groups.Tuple.tuple("Validation", false));
        assertThat(f.users.as(f.member.email(), () -> tasks.column(f.projectId, TaskStatus.TO_DO, 0, 100)))
                .filteredOn(t -> t.id() == id).singleElement()
                .satisfies(t -> assertThat(t.checklistDone() + "/" + t.checklistTotal()).isEqualTo("1/2"));
        assertThatThrownBy(() -> f.users.as(f.member.email(), () -> tasks.checkItem(id, 7, true)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> f.users.as(f.outsider.email(), () -> tasks.addChecklistItem(id, "Intrus")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void overdueTasksAreThoseOpenPastTheirDueDate() {
        long late = f.users.as(f.member.email(), () -> tasks.create(new TaskForm(f.projectId, "En retard", null,
                f.member.personId(), LocalDate.of(2001, 1, 1), null)));
        long done = f.users.as(f.member.email(), () -> tasks.create(new TaskForm(f.projectId, "Faite", null,
                f.member.personId(), LocalDate.of(2001, 1, 1), null)));
        f.users.as(f.member.email(), () -> tasks.move(done, tasks.get(done).version(), TaskStatus.DONE));
        List<TaskSummary> overdue = f.users.as(f.member.email(),
                () -> tasks.list(new TaskFilter(f.projectId, null, null, null, false, true, false, null), 0, 50));
        assertThat(overdue).extracting(TaskSummary::id).contains(late).doesNotContain(done);
        assertThat(overdue).allMatch(TaskSummary::overdue);
    }
}
