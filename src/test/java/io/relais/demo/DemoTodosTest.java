package io.relais.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The demo organisation's to-do lists: the logins' own items, and the trio minutes' action items. */
@RelaisSpringTest
class DemoTodosTest {

    @Autowired
    TodoService todos;
    @Autowired
    PersonService people;
    @Autowired
    DocumentService documents;

    TestUsers users;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    @Test
    void everyDemoLoginHasAListWithLateTodayAndDoneItems() {
        for (DemoLogins.Login login : DemoLogins.ALL) {
            users.as(login.email(), () -> {
                assertThat(todos.count(TodoFilter.OPEN)).as(login.email()).isGreaterThanOrEqualTo(3);
                assertThat(todos.count(TodoFilter.DUE_TODAY)).as(login.email() + " has something for today").isPositive();
                assertThat(todos.count(TodoFilter.DONE)).as(login.email()).isPositive();
                assertThat(todos.page(TodoFilter.ALL, 0, 100)).as(login.email())
                        .anyMatch(item -> !item.linked() && item.dueDate() != null);
            });
        }
        users.as(DemoLogins.LEADERSHIP.email(), () -> assertThat(todos.count(TodoFilter.OVERDUE)).isPositive());
    }

    /**
     * Other features put linked items on the lists too (project tasks), and the other demo minutes
     * have action items as well: the items linked to a document are checked against that document,
     * as their assignee reads it.
     */
    @Test
    void actionItemsOfTheTrioMinutesAreOnTheirAssigneesLists() {
        // the demo's people: other tests add people who have no account to sign in with
        List<PersonSummary> demoPeople = SystemTask.runAs(List.of(Roles.EMPLOYEE), () -> people.activePeople()).stream()
                .filter(person -> person.email().endsWith("@canopee.fr")).toList();
        List<TodoItem> trio = new ArrayList<>();
        for (PersonSummary person : demoPeople) {
            users.as(person.email(), () -> {
                List<TodoItem> fromDocuments = todos.page(TodoFilter.ALL, 0, 500).stream()
                        .filter(item -> item.linked() && item.link().startsWith("/docs/")).toList();
                for (TodoItem item : fromDocuments) {
                    long documentId = Long.parseLong(item.link().split("/")[2]);
                    assertThat(documents.get(documentId).fields().actionItems())
                            .as("%s: %s on the list of %s", item.linkLabel(), item.title(), person.email())
                            .contains(new KindFields.ActionItem(item.title(), person.id(), item.dueDate(), item.done()));
                }
                fromDocuments.stream().filter(item -> item.linkLabel().startsWith("Trio du lundi")).forEach(trio::add);
            });
        }
        // the action items of minutes older than two weeks were ticked in the minutes, so on the lists
        assertThat(trio).as("trio action items on the lists").isNotEmpty().anyMatch(TodoItem::done);
    }
}
