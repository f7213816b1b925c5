package io.relais.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.clients.ClientForm;
import io.relais.clients.ClientService;
import io.relais.clients.DocumentRef;
import io.relais.clients.ProjectForm;
import io.relais.clients.ProjectService;
import io.relais.clients.TaskForm;
import io.relais.clients.TaskService;
import io.relais.clients.TaskStatus;
import io.relais.clients.TaskSummary;
import io.relais.people.PersonService;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A task's page (status, checklist, documents, comments) and the task list's filters. */
@RelaisSpringTest
class TaskViewsTest extends SpringBrowserlessTest {

    private static final String ADMIN = "julien.mercier@canopee.fr";

    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;
    @Autowired
    PersonService people;

    private long project() {
        long client = clients.create(new ClientForm("Tâches " + TestUsers.unique(), null, null, null, null));
        return projects.create(new ProjectForm(client, "Projet", null, null, Set.of(), null, null, null, null));
    }

    @Test
    @WithUserDetails(ADMIN)
    void theTaskPageChangesStatusKeepsAChecklistLinksADocumentAndTakesComments() {
        long id = tasks.create(new TaskForm(project(), "Plan de marquage", "À **valider**", null, LocalDate.of(2001, 1, 1), null));
        TaskView view = navigate(TaskView.class, id);
        assertThat(view.task().overdue()).isTrue();

        test($(Select.class).id("task-status")).selectItem(t("projects.task-status.WAITING_ON_CLIENT"));
        assertThat(tasks.get(id).status()).isEqualTo(TaskStatus.WAITING_ON_CLIENT);

        test($(TextField.class).id("checklist-text")).setValue("Brief validé");
        test($(Button.class).id("checklist-add")).click();
        Checkbox item = $(Checkbox.class).withCaption("Brief validé").single();
        item.setValue(true);
        assertThat(tasks.get(id).checklist().getFirst().done()).isTrue();

        ComboBox<DocumentRef> picker = $(ComboBox.class).id("task-document-picker");
        DocumentRef document = test(picker).getSuggestionItems().getFirst();
        picker.setValue(document);
        test($(Button.class).id("task-document-link")).click();
        assertThat(tasks.get(id).documents()).extracting(DocumentRef::id).containsExactly(document.id());

        test($(TextArea.class).id("comment-text")).setValue("C'est fait, @lucas.bernard peux-tu vérifier ?");
        test($(Button.class).id("comment-send")).click();
        assertThat(tasks.get(id).comments()).singleElement()
                .satisfies(c -> assertThat(c.html()).contains("class=\"mention\""));
        test($(TextArea.class).id("comment-text")).setValue("  ");
        test($(Button.class).id("comment-send")).click();
        assertThat($(TextArea.class).id("comment-text").isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails(ADMIN)
    void theListShowsMyTasksAndFiltersOverdueAndProject() {
        long me = people.findByEmail(ADMIN).orElseThrow().id();
        long projectId = project();
        long late = tasks.create(new TaskForm(projectId, "En retard " + TestUsers.unique(), null, me, LocalDate.of(2001, 1, 1), null));
        long later = tasks.create(new TaskForm(projectId, "Plus tard " + TestUsers.unique(), null, me, LocalDate.of(2099, 1, 1), null));
        navigate(TasksView.class);
        Grid<TaskSummary> grid = $(Grid.class).id("tasks-grid");
        test($(TextField.class).id("tasks-text")).setValue("En retard");
        assertThat(ids(grid)).contains(late).doesNotContain(later);
        test($(TextField.class).id("tasks-text")).setValue("");
        $(Checkbox.class).id("tasks-overdue").setValue(true);
        assertThat(ids(grid)).contains(late).doesNotContain(later);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).assignee().id()).as("my tasks only").isEqualTo(me);
        }
        $(Checkbox.class).id("tasks-overdue").setValue(false);
        assertThat(ids(grid)).contains(late, later);
    }

    private static java.util.List<Long> ids(Grid<TaskSummary> grid) {
        var tester = new com.vaadin.flow.component.grid.GridTester<>(grid);
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(i -> tester.getRow(i).id()).toList();
    }

    private static String t(String key, Object... arguments) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, arguments);
    }
}
