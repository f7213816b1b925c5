package io.relais.todo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.TestUsers;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.security.AccountService;
import io.relais.shell.HomeView;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoForm;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The home page's "my day": what is due today or late, ticked in place, and a way to the whole list. */
@RelaisSpringTest
@WithUserDetails(TodayTodosTest.USER)
class TodayTodosTest extends SpringBrowserlessTest {

    static final String USER = "dany.dayplan@example.test";

    @Autowired
    TodoService todos;

    @BeforeAll
    static void createUser(@Autowired PersonService people, @Autowired AccountService accounts) {
        TestData.personWithAccount(people, accounts, "Dany", "Dayplan", List.of(Roles.EMPLOYEE));
    }

    @BeforeEach
    void emptyTheDay() {
        todos.page(TodoFilter.DUE_TODAY, 0, 500).forEach(item -> todos.setDone(item.id(), true));
    }

    @Test
    void showsWhatIsDueTodayOrLateAndNothingElse() {
        String unique = TestUsers.unique();
        todos.add(new TodoForm("Aujourd'hui " + unique, LocalDate.now(), null, null));
        todos.add(new TodoForm("En retard " + unique, LocalDate.now().minusDays(1), null, null));
        todos.add(new TodoForm("Demain " + unique, LocalDate.now().plusDays(1), null, null));
        todos.add(TodoForm.titled("Sans date " + unique));
        navigate(HomeView.class);

        Div day = $(Div.class).id("today-todos");
        assertThat($(Checkbox.class, day).all()).extracting(Checkbox::getLabel)
                .containsExactly("En retard " + unique, "Aujourd'hui " + unique);
        assertThat($(RouterLink.class, day).id("today-todos-all").getHref()).isEqualTo("todos");

        test($(Checkbox.class, day).withLabel("En retard " + unique).single()).click();
        assertThat($(Checkbox.class, $(Div.class).id("today-todos")).all()).extracting(Checkbox::getLabel)
                .containsExactly("Aujourd'hui " + unique);
        assertThat(todos.page(TodoFilter.DONE, 0, 1)).extracting(TodoItem::title).containsExactly("En retard " + unique);
    }

    @Test
    void saysSoWhenNothingIsDueAndCountsWhatDoesNotFit() {
        navigate(HomeView.class);
        assertThat($(Div.class).id("today-todos").getElement().getTextRecursively()).contains(t("todo.today.nothing"));

        for (int i = 0; i < TodayTodos.SHOWN + 2; i++) {
            todos.add(new TodoForm("Urgent " + i, LocalDate.now(), null, null));
        }
        navigate(HomeView.class);
        Div day = $(Div.class).id("today-todos");
        assertThat($(Checkbox.class, day).all()).hasSize(TodayTodos.SHOWN);
        assertThat($(RouterLink.class, day).id("today-todos-all").getText()).isEqualTo(t("todo.today.more", 2));
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
