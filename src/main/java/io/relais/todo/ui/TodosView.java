package io.relais.todo.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import io.relais.todo.Placement;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoForm;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * "My to-dos": the signed-in person's own list, lazily loaded, filtered by status; items are added
 * at the top, ticked, edited, deleted, and reordered by dragging. Items other features put here
 * (action items, tasks, onboarding) are ticked here and edited where they come from.
 */
@Route("todos")
@Menu(order = 5, title = "menu.todos", icon = "vaadin:check-square-o")
@PermitAll
public class TodosView extends VerticalLayout implements HasDynamicTitle {

    private final TodoService todos;
    private final Clock clock;
    private final TextField newTitle = new TextField();
    private final DatePicker newDue = new DatePicker();
    private final Button add = new Button();
    private final Tabs filters = new Tabs();
    private final Map<TodoFilter, Tab> tabs = new EnumMap<>(TodoFilter.class);
    private final Grid<TodoItem> grid = new Grid<>(TodoItem.class, false);
    private final ConfigurableFilterDataProvider<TodoItem, Void, TodoFilter> rows;
    private TodoFilter filter = TodoFilter.OPEN;
    private TodoItem dragged;

    public TodosView(TodoService todos, Clock clock) {
        this.todos = todos;
        this.clock = clock;
        addClassName("relais-page");
        setSizeFull();

        newTitle.setPlaceholder(getTranslation("todo.new.placeholder"));
        newTitle.setAriaLabel(getTranslation("todo.field.title"));
        newTitle.setMaxLength(300);
        newTitle.setId("todo-new-title");
        newTitle.setWidth("min(32rem, 100%)");
        newDue.setPlaceholder(getTranslation("todo.field.due"));
        newDue.setAriaLabel(getTranslation("todo.field.due"));
        newDue.setLocale(getLocale());
        newDue.setClearButtonVisible(true);
        newDue.setId("todo-new-due");
        add.setText(getTranslation("todo.new.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("todo-add");
        add.setDisableOnClick(true); // a double click must not add the item twice
        add.addClickShortcut(Key.ENTER).listenOn(newTitle);
        add.addClickListener(click -> addItem());
        HorizontalLayout quickAdd = new HorizontalLayout(newTitle, newDue, add);
        quickAdd.setAlignItems(FlexComponent.Alignment.BASELINE);
        quickAdd.setWrap(true);

        for (TodoFilter option : TodoFilter.values()) {
            Tab tab = new Tab(getTranslation("todo.filter." + option.name()));
            tab.setId("todo-filter-" + option.name().toLowerCase(java.util.Locale.ROOT));
            tabs.put(option, tab);
            filters.add(tab);
        }
        filters.addSelectedChangeListener(change -> tabs.forEach((option, tab) -> {
            if (tab == change.getSelectedTab()) {
                showFilter(option);
            }
        }));

        grid.addColumn(new ComponentRenderer<>(this::doneBox)).setHeader(getTranslation("todo.column.done"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(TodosView::titleCell)).setHeader(getTranslation("todo.column.title"))
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(item -> DueBadge.of(item, LocalDate.now(clock), getLocale())))
                .setHeader(getTranslation("todo.column.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setWidth("10rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("todo.empty"));
        grid.setId("todo-grid");
        grid.addDragStartListener(start -> dragged = start.getDraggedItems().isEmpty() ? null
                : start.getDraggedItems().getFirst());
        grid.addDragEndListener(end -> dragged = null);
        grid.addDropListener(drop -> drop.getDropTargetItem()
                .ifPresent(target -> dropped(target, drop.getDropLocation())));

        rows = new CallbackDataProvider<TodoItem, TodoFilter>(
                query -> todos.page(query.getFilter().orElse(TodoFilter.OPEN), query.getOffset(), query.getLimit()).stream(),
                query -> (int) todos.count(query.getFilter().orElse(TodoFilter.OPEN)),
                TodoItem::id).withConfigurableFilter();
        grid.setItems(rows);
        showFilter(TodoFilter.OPEN);

        add(quickAdd, filters, grid);
        setFlexGrow(1, grid);
    }

    private void showFilter(TodoFilter option) {
        filter = option;
        rows.setFilter(option);
        // Dragging reorders the owner's list: only where the list shows that order.
        grid.setRowsDraggable(option.ownerOrdered());
        grid.setDropMode(option.ownerOrdered() ? GridDropMode.BETWEEN : null);
    }

    private void addItem() {
        try {
            todos.add(new TodoForm(newTitle.getValue(), newDue.getValue(), null, null));
            newTitle.clear();
            newDue.clear();
            newTitle.setInvalid(false);
            newTitle.focus();
            if (!filter.ownerOrdered()) {
                filters.setSelectedTab(tabs.get(TodoFilter.OPEN));
            }
            rows.refreshAll();
        } catch (UserFacingException refusal) {
            newTitle.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            newTitle.setInvalid(true);
        } finally {
            add.setEnabled(true);
        }
    }

    private void dropped(TodoItem target, GridDropLocation location) {
        if (dragged == null || dragged.id() == target.id() || !filter.ownerOrdered()) {
            return;
        }
        todos.move(dragged.id(), target.id(), location == GridDropLocation.ABOVE ? Placement.BEFORE : Placement.AFTER);
        dragged = null;
        rows.refreshAll();
    }

    private Checkbox doneBox(TodoItem item) {
        Checkbox box = new Checkbox(item.done());
        box.setAriaLabel(getTranslation(item.done() ? "todo.action.reopen" : "todo.action.complete", item.title()));
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                todos.setDone(item.id(), change.getValue());
                rows.refreshAll();
            }
        });
        return box;
    }

    private static Div titleCell(TodoItem item) {
        Span title = new Span(item.title());
        title.addClassName("relais-todo-title");
        if (item.done()) {
            title.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-secondary-text-color)");
        }
        Div cell = new Div(title);
        var link = TodoLink.of(item);
        if (link != null || item.linked()) {
            Div meta = new Div();
            meta.getStyle().set("font-size", "var(--lumo-font-size-s)");
            if (item.linked()) {
                Icon icon = VaadinIcon.LINK.create();
                icon.setSize("var(--lumo-icon-size-s)");
                icon.setTooltipText(cell.getTranslation("todo.linked.tooltip"));
                icon.getStyle().set("margin-right", "var(--lumo-space-xs)");
                meta.add(icon);
            }
            if (link != null) {
                meta.add(link);
            }
            cell.add(meta);
        }
        return cell;
    }

    private HorizontalLayout actions(TodoItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (filter.ownerOrdered()) {
            actions.add(nudgeButton(item, true), nudgeButton(item, false));
        }
        if (item.linked()) {
            return actions;
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> new TodoEditorDialog(todos, item, saved -> rows.refreshAll()).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("todo.action.edit", item.title()));
        edit.setTooltipText(getTranslation("todo.action.edit", item.title()));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
            todos.delete(item.id());
            rows.refreshAll();
            Toasts.success("todo.deleted", item.title());
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("todo.action.delete", item.title()));
        delete.setTooltipText(getTranslation("todo.action.delete", item.title()));
        actions.add(edit, delete);
        return actions;
    }

    /** Moving without a mouse: one place up or down. */
    private Button nudgeButton(TodoItem item, boolean up) {
        String label = getTranslation(up ? "todo.action.up" : "todo.action.down", item.title());
        Button button = new Button((up ? VaadinIcon.ARROW_UP : VaadinIcon.ARROW_DOWN).create(), click -> {
            todos.nudge(item.id(), up);
            rows.refreshAll();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName(up ? "todo-up" : "todo-down");
        return button;
    }

    Grid<TodoItem> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.todos");
    }
}
