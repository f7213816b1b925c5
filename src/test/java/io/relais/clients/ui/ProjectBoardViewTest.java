package io.relais.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDragEndEvent;
import com.vaadin.flow.component.grid.dnd.GridDragStartEvent;
import com.vaadin.flow.component.grid.dnd.GridDropEvent;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.clients.ClientForm;
import io.relais.clients.ClientService;
import io.relais.clients.ProjectForm;
import io.relais.clients.ProjectService;
import io.relais.clients.TaskForm;
import io.relais.clients.TaskService;
import io.relais.clients.TaskStatus;
import io.relais.clients.TaskSummary;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project board, browserless: a card dragged from one column and dropped on another moves
 * the task (as the browser's drag and drop events would), a card drawn before somebody else's
 * change is refused with a message, and the board redraws from what is saved.
 */
@RelaisSpringTest
class ProjectBoardViewTest extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;

    private long project() {
        long client = clients.create(new ClientForm("Board " + TestUsers.unique(), null, null, null, null));
        return projects.create(new ProjectForm(client, "Projet", null, null, Set.of(), null, null, null, null));
    }

    @Test
    @WithUserDetails("claire.fontaine@canopee.fr")
    void dragAndDropMovesACardToAnotherColumn() {
        long projectId = project();
        long first = tasks.create(new TaskForm(projectId, "Première", null, null, null, null));
        tasks.create(new TaskForm(projectId, "Deuxième", null, null, null, null));
        ProjectView view = navigate(ProjectView.class, projectId);
        Grid<TaskSummary> toDo = view.board().column(TaskStatus.TO_DO);
        Grid<TaskSummary> doing = view.board().column(TaskStatus.DOING);
        assertThat(test(toDo).size()).isEqualTo(2);
        assertThat(test(doing).size()).isZero();
        TaskSummary card = rowOf(toDo, first);

        drag(toDo, card);
        drop(doing);

        assertThat(tasks.get(first).status()).isEqualTo(TaskStatus.DOING);
        assertThat(test(toDo).size()).isEqualTo(1);
        assertThat(test(doing).size()).isEqualTo(1);
        assertThat(test(doing).getRow(0).id()).isEqualTo(first);
        assertThat(projects.feed(projectId).getFirst().status()).isEqualTo(TaskStatus.DOING);

        drag(toDo, card);
        drop(view.board().column(TaskStatus.DONE));
        assertThat(tasks.get(first).status()).as("a card drawn before the move is stale").isEqualTo(TaskStatus.DOING);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("error.concurrent-edit"));
    }

    @Test
    @WithUserDetails("claire.fontaine@canopee.fr")
    void aNewTaskAppearsOnTheBoardAndTheListFilters() {
        long projectId = project();
        navigate(ProjectView.class, projectId);
        test($(Button.class).id("project-new-task")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).id("task-title")).setValue("Rédiger la recommandation");
        test($(Button.class, dialog).id("task-save")).click();
        ProjectView view = (ProjectView) getCurrentView();
        assertThat(test(view.board().column(TaskStatus.TO_DO)).getRow(0).title()).isEqualTo("Rédiger la recommandation");
        $(com.vaadin.flow.component.tabs.TabSheet.class).id("project-tabs").setSelectedIndex(1);
        Grid<TaskSummary> list = $(Grid.class).id("project-task-list");
        assertThat(test(list).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void peopleOutsideTheTeamSeeTheBoardButCannotDragIt() {
        long projectId = projects.find("", 0, 1).getFirst().id();
        ProjectView view = navigate(ProjectView.class, projectId);
        if (!view.project().canWriteTasks()) {
            assertThat(view.board().column(TaskStatus.TO_DO).isRowsDraggable()).isFalse();
            assertThat($(Button.class).withId("project-new-task").exists()).isFalse();
        }
        assertThat($(Grid.class).withId("board-done").exists()).isTrue();
    }

    private static TaskSummary rowOf(Grid<TaskSummary> grid, long id) {
        for (int i = 0; ; i++) {
            TaskSummary row = new com.vaadin.flow.component.grid.GridTester<>(grid).getRow(i);
            if (row.id() == id) {
                return row;
            }
        }
    }

    /** What the browser sends when a card's drag starts: the dragged row's key. */
    private static void drag(Grid<TaskSummary> from, TaskSummary card) {
        ObjectNode detail = JSON.createObjectNode();
        detail.putArray("draggedItems").addObject().put("key", from.getDataCommunicator().getKeyMapper().key(card));
        ComponentUtil.fireEvent(from, new GridDragStartEvent<>(from, true, detail));
    }

    /** A drop on a column (its empty area), then the end of the drag. */
    private static void drop(Grid<TaskSummary> on) {
        ComponentUtil.fireEvent(on, new GridDropEvent<>(on, true, null, "empty", JSON.createArrayNode()));
        ComponentUtil.fireEvent(on, new GridDragEndEvent<>(on, true));
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
