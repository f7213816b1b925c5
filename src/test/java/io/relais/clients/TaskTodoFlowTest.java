package io.relais.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A task assigned to someone lands on their personal to-do list and follows the task: wording,
 * due date, done state, a change of assignee; ticking it on the list closes the task.
 */
@RelaisSpringTest
class TaskTodoFlowTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;
    @Autowired
    TodoService todos;

    @Test
    void anAssignedTaskIsOnTheAssigneesListAndTickingItClosesTheTask() {
        ClientFixtures f = new ClientFixtures(new TestUsers(context), clients, projects);
        String title = "Relire les maquettes " + TestUsers.unique();
        long id = f.users.as(f.projectOwner.email(), () -> tasks.create(new TaskForm(f.projectId, title, null,
                f.member.personId(), LocalDate.of(2026, 12, 4), TaskPriority.HIGH)));

        TodoItem item = todoOf(f, f.member, "/tasks/" + id).orElseThrow();
        assertThat(item.title()).isEqualTo(title);
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(item.linked()).isTrue();
        assertThat(item.linkLabel()).startsWith(f.clientName + " — ");
        assertThat(item.done()).isFalse();

        f.users.as(f.member.email(), () -> todos.setDone(item.id(), true));
        assertThat(f.users.as(f.outsider.email(), () -> tasks.get(id).status())).isEqualTo(TaskStatus.DONE);
        assertThat(f.users.as(f.outsider.email(), () -> projects.feed(f.projectId)).getFirst())
                .satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo(TaskStatus.DONE);
                    assertThat(entry.actor().id()).isEqualTo(f.member.personId());
                });
        f.users.as(f.member.email(), () -> todos.setDone(item.id(), false));
        assertThat(f.users.as(f.outsider.email(), () -> tasks.get(id).status())).isEqualTo(TaskStatus.TO_DO);

        long version = f.users.as(f.projectOwner.email(), () -> tasks.get(id).version());
        f.users.as(f.projectOwner.email(), () -> tasks.move(id, version, TaskStatus.DONE));
        assertThat(todoOf(f, f.member, "/tasks/" + id)).hasValueSatisfying(todo -> assertThat(todo.done()).isTrue());

        TaskDetails done = f.users.as(f.projectOwner.email(), () -> tasks.get(id));
        f.users.as(f.projectOwner.email(), () -> tasks.update(id, done.version(), new TaskForm(f.projectId, title + " (v2)",
                null, f.outsider.personId(), null, TaskPriority.HIGH)));
        assertThat(todoOf(f, f.member, "/tasks/" + id)).as("no longer on the former assignee's list").isEmpty();
        assertThat(todoOf(f, f.outsider, "/tasks/" + id)).hasValueSatisfying(todo -> assertThat(todo.title()).endsWith("(v2)"));

        TaskDetails reassigned = f.users.as(f.projectOwner.email(), () -> tasks.get(id));
        f.users.as(f.projectOwner.email(), () -> tasks.update(id, reassigned.version(), new TaskForm(f.projectId, title,
                null, null, null, TaskPriority.HIGH)));
        assertThat(todoOf(f, f.outsider, "/tasks/" + id)).as("an unassigned task is on nobody's list").isEmpty();
    }

    private Optional<TodoItem> todoOf(ClientFixtures f, TestUsers.User user, String link) {
        List<TodoItem> items = f.users.as(user.email(), () -> todos.page(TodoFilter.ALL, 0, 500));
        return items.stream().filter(i -> link.equals(i.link())).findFirst();
    }
}
