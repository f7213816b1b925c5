package io.relais.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
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

    @Test
    void actionItemsOfTheTrioMinutesAreOnTheirAssigneesLists() {
        List<PersonSummary> everybody = SystemTask.runAs(List.of(Roles.EMPLOYEE), () -> people.activePeople());
        List<TodoItem> linked = everybody.stream()
                .flatMap(person -> users.as(person.email(), () -> todos.page(TodoFilter.ALL, 0, 500)).stream())
                .filter(TodoItem::linked).toList();
        assertThat(linked).isNotEmpty()
                .allSatisfy(item -> assertThat(item.link()).startsWith("/docs/"))
                .anyMatch(item -> item.linkLabel().startsWith("Trio du lundi"));
    }
}
