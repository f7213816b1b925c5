package io.relais.clients.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.relais.clients.TaskStatus;
import io.relais.clients.TaskSummary;
import io.relais.platform.ui.Formats;

/** Tasks as a list: title, project, assignee, due date (overdue in red), status, priority, checklist. */
class TaskGrid extends Grid<TaskSummary> {

    TaskGrid(boolean showProject) {
        addColumn(TaskSummary::title).setHeader(getTranslation("projects.task.title")).setFlexGrow(1).setResizable(true);
        if (showProject) {
            addColumn(t -> t.clientName() + " — " + t.projectName()).setHeader(getTranslation("projects.project"))
                    .setAutoWidth(true).setResizable(true);
        }
        addColumn(t -> t.assignee() == null ? "" : t.assignee().fullName())
                .setHeader(getTranslation("projects.task.assignee")).setAutoWidth(true);
        addComponentColumn(t -> {
            Span due = new Span(Formats.date(t.dueDate(), getLocale()));
            if (t.overdue()) {
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("projects.task.due-date")).setAutoWidth(true);
        addComponentColumn(t -> Ui.badge(getTranslation("projects.task-status." + t.status()), statusTheme(t.status())))
                .setHeader(getTranslation("projects.task.status")).setAutoWidth(true);
        addColumn(t -> getTranslation("projects.priority." + t.priority())).setHeader(getTranslation("projects.task.priority"))
                .setAutoWidth(true);
        addColumn(t -> t.checklistTotal() == 0 ? "" : t.checklistDone() + "/" + t.checklistTotal())
                .setHeader(getTranslation("projects.task.checklist")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("projects.tasks.empty"));
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, click.getItem().id())));
    }

    static String statusTheme(TaskStatus status) {
        return switch (status) {
            case TO_DO -> "";
            case DOING -> "primary";
            case WAITING_ON_CLIENT -> "contrast";
            case DONE -> "success";
        };
    }
}
