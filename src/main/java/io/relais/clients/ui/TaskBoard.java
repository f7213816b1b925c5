package io.relais.clients.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.relais.clients.TaskService;
import io.relais.clients.TaskStatus;
import io.relais.clients.TaskSummary;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import java.util.EnumMap;
import java.util.Map;

/**
 * A project's board: one column per status, each a lazily loaded grid of cards (so a project of
 * hundreds of tasks loads only what is on screen). Team members drag a card to another column,
 * or use its context menu ("Move to…") from the keyboard; the move is checked against the
 * version the card was drawn from.
 */
class TaskBoard extends HorizontalLayout {

    private static final String CARD = """
            <div class="clients-card" data-overdue="${item.overdue}">
              <div class="clients-card-title">${item.title}</div>
              <div class="clients-card-meta">
                <span theme="${item.priorityTheme}">${item.priority}</span>
                <span>${item.assignee}</span>
                <span theme="${item.dueTheme}">${item.due}</span>
                <span>${item.checklist}</span>
              </div>
            </div>""";

    private final TaskService tasks;
    private final long projectId;
    private final Map<TaskStatus, Grid<TaskSummary>> columns = new EnumMap<>(TaskStatus.class);
    private final Map<TaskStatus, Span> sizes = new EnumMap<>(TaskStatus.class);
    private TaskSummary dragged;

    TaskBoard(TaskService tasks, long projectId, boolean canWrite) {
        this.tasks = tasks;
        this.projectId = projectId;
        setWidthFull();
        setHeight("70vh");
        setId("task-board");
        for (TaskStatus status : TaskStatus.values()) {
            add(column(status, canWrite));
        }
        refreshSizes();
    }

    private VerticalLayout column(TaskStatus status, boolean canWrite) {
        Span size = new Span();
        size.getElement().getThemeList().add("badge contrast pill");
        sizes.put(status, size);
        HorizontalLayout title = new HorizontalLayout(new H4(getTranslation("projects.task-status." + status)), size);
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        Grid<TaskSummary> grid = new Grid<>();
        grid.addColumn(LitRenderer.<TaskSummary>of(CARD)
                .withProperty("title", TaskSummary::title)
                .withProperty("overdue", TaskSummary::overdue)
                .withProperty("priority", t -> getTranslation("projects.priority." + t.priority()))
                .withProperty("priorityTheme", t -> switch (t.priority()) {
                    case URGENT -> "badge error small";
                    case HIGH -> "badge primary small";
                    default -> "badge contrast small";
                })
                .withProperty("assignee", t -> t.assignee() == null ? "" : t.assignee().fullName())
                .withProperty("due", t -> Formats.date(t.dueDate(), getLocale()))
                .withProperty("dueTheme", t -> t.overdue() ? "badge error small" : "")
                .withProperty("checklist", t -> t.checklistTotal() == 0 ? "" : "☑ " + t.checklistDone() + "/" + t.checklistTotal()));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> tasks.column(projectId, status, query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("projects.board.empty-column"));
        grid.setId("board-" + status.name().toLowerCase(java.util.Locale.ROOT));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, click.getItem().id())));
        if (canWrite) {
            grid.setRowsDraggable(true);
            grid.setDropMode(GridDropMode.ON_GRID);
            grid.addDragStartListener(start -> dragged = start.getDraggedItems().isEmpty() ? null : start.getDraggedItems().getFirst());
            grid.addDragEndListener(end -> dragged = null);
            grid.addDropListener(drop -> {
                if (dragged != null) {
                    move(dragged, status);
                }
            });
            GridContextMenu<TaskSummary> menu = grid.addContextMenu();
            for (TaskStatus target : TaskStatus.values()) {
                menu.addItem(getTranslation("projects.board.move-to", getTranslation("projects.task-status." + target)),
                        click -> click.getItem().filter(t -> t.status() != target).ifPresent(t -> move(t, target)));
            }
        }
        columns.put(status, grid);
        VerticalLayout column = new VerticalLayout(title, grid);
        column.addClassName("clients-board-column");
        column.setPadding(false);
        column.setFlexGrow(1, grid);
        column.setHeightFull();
        return column;
    }

    /** Moves a task to a column, then redraws the board; a refusal (changed meanwhile, not in the team) is shown. */
    void move(TaskSummary task, TaskStatus target) {
        dragged = null;
        if (task.status() == target) {
            return;
        }
        try {
            tasks.move(task.id(), task.version(), target);
            Toasts.success("projects.board.moved", task.title(), getTranslation("projects.task-status." + target));
        } catch (UserFacingException refusal) {
            Toasts.error(refusal);
        }
        refresh();
    }

    void refresh() {
        columns.values().forEach(grid -> grid.getDataProvider().refreshAll());
        refreshSizes();
    }

    private void refreshSizes() {
        sizes.forEach((status, size) -> size.setText(Formats.number(tasks.columnSize(projectId, status), getLocale())));
    }

    Grid<TaskSummary> column(TaskStatus status) {
        return columns.get(status);
    }
}
