package io.relais.todo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDragStartEvent;
import com.vaadin.flow.component.grid.dnd.GridDropEvent;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.TestUsers;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.security.AccountService;
import io.relais.todo.LinkedTodo;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoForm;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * "My to-dos" as its owner uses it: quick add, ticking, filters, the edit dialog, reordering by
 * drag and drop, and linked items that are ticked here but changed where they come from. Items
 * carry unique titles: the list belongs to one test person shared by the tests of this class.
 */
@RelaisSpringTest
@WithUserDetails(TodosViewTest.USER)
class TodosViewTest extends SpringBrowserlessTest {

    static final String USER = "tina.todolist@example.test";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static long personId;

    @Autowired
    TodoService todos;

    @BeforeAll
    static void createUser(@Autowired PersonService people, @Autowired AccountService accounts) {
        personId = TestData.personWithAccount(people, accounts, "Tina", "Todolist", List.of(Roles.EMPLOYEE));
    }

    @Test
    void addingPutsTheItemOnTopAndEmptiesTheFields() {
        navigate(TodosView.class);
        String title = "Appeler le client " + TestUsers.unique();
        test($(TextField.class).id("todo-new-title")).setValue(title);
        test($(DatePicker.class).id("todo-new-due")).setValue(LocalDate.now().plusDays(2));
        test($(Button.class).id("todo-add")).click();

        assertThat(rows().getFirst().title()).isEqualTo(title);
        assertThat(rows().getFirst().dueDate()).isEqualTo(LocalDate.now().plusDays(2));
        assertThat($(TextField.class).id("todo-new-title").getValue()).isEmpty();
        assertThat($(DatePicker.class).id("todo-new-due").getValue()).isNull();
        assertThat($(Button.class).id("todo-add").isEnabled()).as("ready for the next one").isTrue();
    }

    @Test
    void aBlankTitleIsRefusedOnTheFieldAndAddsNothing() {
        navigate(TodosView.class);
        long before = todos.count(TodoFilter.ALL);
        test($(TextField.class).id("todo-new-title")).setValue("   ");
        test($(Button.class).id("todo-add")).click();

        TextField title = $(TextField.class).id("todo-new-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo(t("validation.required"));
        assertThat(todos.count(TodoFilter.ALL)).isEqualTo(before);
    }

    @Test
    void tickingAnItemMovesItToDone() {
        String title = "Relire le compte rendu " + TestUsers.unique();
        todos.add(TodoForm.titled(title));
        navigate(TodosView.class);

        int row = indexOf(title);
        Checkbox box = (Checkbox) test(grid()).getCellComponent(row, 0);
        test(box).click();

        assertThat(rows()).extracting(TodoItem::title).doesNotContain(title);
        selectFilter(TodoFilter.DONE);
        assertThat(rows().getFirst().title()).isEqualTo(title);
        assertThat(rows().getFirst().done()).isTrue();
        assertThat(grid().isRowsDraggable()).as("done items keep no order of their own").isFalse();
    }

    @Test
    void theOverdueTabShowsOnlyLateItems() {
        String late = "En retard " + TestUsers.unique();
        String later = "Plus tard " + TestUsers.unique();
        todos.add(new TodoForm(late, LocalDate.now().minusDays(2), null, null));
        todos.add(new TodoForm(later, LocalDate.now().plusDays(2), null, null));
        navigate(TodosView.class);

        selectFilter(TodoFilter.OVERDUE);
        assertThat(rows()).extracting(TodoItem::title).contains(late).doesNotContain(later)
                .allSatisfy(title -> assertThat(title).isNotNull());
        assertThat(rows()).allMatch(item -> item.overdue(LocalDate.now()));
    }

    @Test
    void theEditDialogSavesAndKeepsWhatWasTypedWhenRefused() {
        String title = "Préparer l'atelier " + TestUsers.unique();
        todos.add(TodoForm.titled(title));
        navigate(TodosView.class);

        test((Button) test(grid()).getCellComponent(indexOf(title), 3).getChildren().toList().get(2)).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).id("todo-edit-link")).setValue("javascript:alert(1)");
        test($(Button.class, dialog).id("todo-edit-save")).click();
        TextField link = $(TextField.class, dialog).id("todo-edit-link");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).isEqualTo(t("todo.error.link"));

        test(link).setValue("/docs");
        test($(TextField.class, dialog).id("todo-edit-link-label")).setValue("Les documents");
        test($(TextField.class, dialog).id("todo-edit-title")).setValue(title + " (v2)");
        test($(Button.class, dialog).id("todo-edit-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        TodoItem saved = rows().get(indexOf(title + " (v2)"));
        assertThat(saved.link()).isEqualTo("/docs");
        Anchor anchor = $(Anchor.class, test(grid()).getCellComponent(indexOf(title + " (v2)"), 1)).single();
        assertThat(anchor.getText()).isEqualTo("Les documents");
        assertThat(anchor.getHref()).isEqualTo("/docs");
    }

    @Test
    void draggingAnItemBelowAnotherReordersTheList() {
        String unique = TestUsers.unique();
        for (String name : List.of("C", "B", "A")) {
            todos.add(TodoForm.titled(name + " " + unique));
        }
        navigate(TodosView.class);
        assertThat(mine(unique)).containsExactly("A " + unique, "B " + unique, "C " + unique);
        assertThat(grid().isRowsDraggable()).isTrue();

        drag("A " + unique, "C " + unique, GridDropLocation.BELOW);
        assertThat(mine(unique)).containsExactly("B " + unique, "C " + unique, "A " + unique);
        drag("A " + unique, "B " + unique, GridDropLocation.ABOVE);
        assertThat(mine(unique)).containsExactly("A " + unique, "B " + unique, "C " + unique);
        assertThat(todos.page(TodoFilter.OPEN, 0, 500)).extracting(TodoItem::title)
                .filteredOn(title -> title.endsWith(unique)).containsExactly("A " + unique, "B " + unique, "C " + unique);
    }

    @Test
    void theArrowButtonsMoveAnItemWithoutAMouse() {
        String unique = TestUsers.unique();
        for (String name : List.of("B", "A")) {
            todos.add(TodoForm.titled(name + " " + unique));
        }
        navigate(TodosView.class);
        Button down = (Button) test(grid()).getCellComponent(indexOf("A " + unique), 3).getChildren()
                .filter(button -> button.getElement().getClassList().contains("todo-down")).findFirst().orElseThrow();
        assertThat(down.getAriaLabel()).contains(t("todo.action.down", "A " + unique));
        test(down).click();
        assertThat(mine(unique)).containsExactly("B " + unique, "A " + unique);
    }

    @Test
    void aLinkedItemIsTickedHereButHasNoEditOrDeleteButton() {
        String title = "Action du trio " + TestUsers.unique();
        todos.syncLinked(new LinkedTodo("tests:view:" + TestUsers.unique(), personId, title, null, "/docs", "Compte rendu", false));
        navigate(TodosView.class);

        int row = indexOf(title);
        assertThat(test(grid()).getCellComponent(row, 3).getChildren().map(button -> ((Button) button).getAriaLabel()))
                .as("only the arrows").containsExactly(java.util.Optional.of(t("todo.action.up", title)),
                        java.util.Optional.of(t("todo.action.down", title)));
        assertThat($(Anchor.class, test(grid()).getCellComponent(row, 1)).single().getText()).isEqualTo("Compte rendu");
        test((Checkbox) test(grid()).getCellComponent(row, 0)).click();
        assertThat(rows()).extracting(TodoItem::title).doesNotContain(title);
    }

    private void drag(String title, String targetTitle, GridDropLocation location) {
        Grid<TodoItem> grid = grid();
        TodoItem item = rows().get(indexOf(title));
        TodoItem target = rows().get(indexOf(targetTitle));
        var keys = grid.getDataCommunicator().getKeyMapper();
        ObjectNode start = JSON.createObjectNode();
        start.putArray("draggedItems").addObject().put("key", keys.key(item));
        ComponentUtil.fireEvent(grid, new GridDragStartEvent<>(grid, true, start));
        ObjectNode dropTarget = JSON.createObjectNode().put("key", keys.key(target));
        ComponentUtil.fireEvent(grid, new GridDropEvent<>(grid, true, dropTarget, location.getClientName(),
                JSON.createArrayNode()));
    }

    private List<String> mine(String unique) {
        return rows().stream().map(TodoItem::title).filter(title -> title.endsWith(unique)).toList();
    }

    private void selectFilter(TodoFilter filter) {
        Tabs tabs = $(Tabs.class).single();
        tabs.setSelectedTab($(Tab.class).id("todo-filter-" + filter.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private int indexOf(String title) {
        List<TodoItem> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " is not listed");
    }

    @SuppressWarnings("unchecked")
    private Grid<TodoItem> grid() {
        return $(Grid.class).id("todo-grid");
    }

    private List<TodoItem> rows() {
        var grid = test(grid());
        List<TodoItem> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
