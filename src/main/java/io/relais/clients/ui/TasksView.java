package io.relais.clients.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.clients.ProjectService;
import io.relais.clients.ProjectSummary;
import io.relais.clients.TaskFilter;
import io.relais.clients.TaskService;
import io.relais.clients.TaskStatus;
import io.relais.clients.TaskSummary;
import jakarta.annotation.security.PermitAll;

/** Tasks across projects, lazily loaded: "my tasks" by default, overdue ones, per project, by status. */
@Route("tasks")
@Menu(order = 31, title = "menu.tasks", icon = "vaadin:tasks")
@PermitAll
public class TasksView extends VerticalLayout implements HasDynamicTitle {

    private final Checkbox mine = new Checkbox(true);
    private final Checkbox overdue = new Checkbox();
    private final Checkbox open = new Checkbox(true);
    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final ComboBox<TaskStatus> status = new ComboBox<>();
    private final TextField text = new TextField();
    private final TaskGrid grid = new TaskGrid(true);
    private final ConfigurableFilterDataProvider<TaskSummary, Void, TaskFilter> rows;

    public TasksView(TaskService tasks, ProjectService projects) {
        addClassName("relais-page");
        setSizeFull();
        mine.setLabel(getTranslation("projects.tasks.mine"));
        mine.setId("tasks-mine");
        overdue.setLabel(getTranslation("projects.tasks.overdue"));
        overdue.setId("tasks-overdue");
        open.setLabel(getTranslation("projects.tasks.open-only"));
        open.setId("tasks-open");
        project.setItems(query -> projects.find(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream());
        project.setItemLabelGenerator(ProjectSummary::label);
        project.setPlaceholder(getTranslation("projects.tasks.project"));
        project.setClearButtonVisible(true);
        project.setWidth("22rem");
        project.setId("tasks-project");
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("projects.task-status." + s));
        status.setPlaceholder(getTranslation("projects.task.status"));
        status.setClearButtonVisible(true);
        status.setId("tasks-status");
        text.setPlaceholder(getTranslation("projects.tasks.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.setId("tasks-text");
        HorizontalLayout toolbar = new HorizontalLayout(text, mine, overdue, open, project, status);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        grid.setId("tasks-grid");
        rows = new CallbackDataProvider<TaskSummary, TaskFilter>(
                query -> tasks.list(query.getFilter().orElseThrow(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) tasks.count(query.getFilter().orElseThrow()), TaskSummary::id).withConfigurableFilter();
        applyFilter();
        grid.setItems(rows);
        mine.addValueChangeListener(change -> applyFilter());
        overdue.addValueChangeListener(change -> applyFilter());
        open.addValueChangeListener(change -> applyFilter());
        project.addValueChangeListener(change -> applyFilter());
        status.addValueChangeListener(change -> applyFilter());
        text.addValueChangeListener(change -> applyFilter());
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void applyFilter() {
        rows.setFilter(new TaskFilter(project.getValue() == null ? null : project.getValue().id(), null, null,
                status.getValue(), mine.getValue(), overdue.getValue(), open.getValue(), text.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tasks");
    }
}
