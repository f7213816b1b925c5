package io.relais.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.relais.clients.IndexableClientItem;
import io.relais.clients.InvoiceFilter;
import io.relais.clients.InvoiceService;
import io.relais.clients.ProjectDetails;
import io.relais.clients.ProjectService;
import io.relais.clients.ProjectStatus;
import io.relais.clients.TaskFilter;
import io.relais.clients.TaskService;
import io.relais.clients.TaskSummary;
import io.relais.people.PersonRef;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.ui.Formats;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** A project: its facts, its board, its task list, its activity feed, documents and invoices. */
@Route("projects")
@PermitAll
public class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProjectService projects;
    private final TaskService tasks;
    private final InvoiceService invoices;
    private final PersonService people;
    private ProjectDetails project;
    private TaskBoard board;

    public ProjectView(ProjectService projects, TaskService tasks, InvoiceService invoices,
            PersonService people) {
        this.projects = projects;
        this.tasks = tasks;
        this.invoices = invoices;
        this.people = people;
        addClassName("relais-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            project = projects.get(id);
        } catch (io.relais.platform.NotFoundException missing) {
            throw new NotFoundException();
        }
        render();
    }

    static String statusTheme(ProjectStatus status) {
        return switch (status) {
            case PLANNED -> "";
            case ACTIVE -> "success";
            case ON_HOLD -> "contrast";
            case COMPLETED -> "contrast";
        };
    }

    private void render() {
        removeAll();
        RouterLink client = new RouterLink(project.clientName(), ClientView.class, project.clientId());
        client.setId("project-client");
        H2 name = new H2(project.name());
        name.setId("project-title");
        name.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(name,
                Ui.badge(getTranslation("projects.status." + project.status()), statusTheme(project.status())));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        if (project.canWriteTasks()) {
            Button newTask = new Button(getTranslation("projects.task.new"), VaadinIcon.PLUS.create(),
                    click -> new TaskDialog(tasks, people, project.id(), null, id -> board.refresh()).open());
            newTask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newTask.setId("project-new-task");
            header.add(newTask);
        }
        if (project.canEdit()) {
            Button edit = new Button(getTranslation("projects.edit"), VaadinIcon.EDIT.create(),
                    click -> new ProjectDialog(projects, people, project.clientId(), project, id -> reload()).open());
            edit.setId("project-edit");
            header.add(edit);
        }
        header.add(Ui.searchAll("project", IndexableClientItem.projectLabel(project.clientName(), project.name()),
                getTranslation("projects.search-all"), "project-search-all"));
        DescriptionList facts = new DescriptionList();
        fact(facts, "projects.owner", new Span(project.owner().fullName()));
        fact(facts, "projects.team", new Span(project.members().isEmpty() ? "—"
                : project.members().stream().map(PersonRef::fullName).collect(Collectors.joining(", "))));
        fact(facts, "projects.dates", new Span(getTranslation("projects.dates.value",
                Formats.date(project.startDate(), getLocale()), Formats.date(project.endDate(), getLocale()))));
        fact(facts, "projects.budget-days", new Span(Ui.days(project.budgetDays(), getLocale())));
        add(client, header, facts);
        if (!project.descriptionHtml().isEmpty()) {
            add(new Div(new Html("<div class=\"relais-markdown\">" + project.descriptionHtml() + "</div>")));
        }
        board = new TaskBoard(tasks, project.id(), project.canWriteTasks());
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("project-tabs");
        tabs.add(getTranslation("projects.tab.board"), board);
        tabs.add(getTranslation("projects.tab.list"), taskList());
        tabs.add(getTranslation("projects.tab.activity"), new LazyTab(() ->
                Ui.timeline(projects.feed(project.id()), getTranslation("clients.timeline.empty"), getLocale())));
        tabs.add(getTranslation("projects.tab.documents"), new LazyTab(() ->
                Ui.documents(projects.documents(project.id()), getTranslation("clients.documents.empty"), getLocale())));
        if (project.canSeeInvoices()) {
            tabs.add(getTranslation("projects.tab.invoices"), new LazyTab(this::invoiceList));
        }
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() != null && tabs.getComponent(change.getSelectedTab()) instanceof LazyTab lazy) {
                lazy.load();
            }
        });
        add(tabs);
    }

    private Component taskList() {
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("projects.tasks.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        ComboBox<PersonSummary> assignee = Ui.personPicker(people);
        assignee.setPlaceholder(getTranslation("projects.task.assignee"));
        Checkbox overdue = new Checkbox(getTranslation("projects.tasks.overdue"));
        Checkbox open = new Checkbox(getTranslation("projects.tasks.open-only"), true);
        TaskGrid grid = new TaskGrid(false);
        grid.setId("project-task-list");
        ConfigurableFilterDataProvider<TaskSummary, Void, TaskFilter> rows = new CallbackDataProvider<TaskSummary, TaskFilter>(
                query -> tasks.list(query.getFilter().orElseThrow(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) tasks.count(query.getFilter().orElseThrow()), TaskSummary::id).withConfigurableFilter();
        Runnable apply = () -> rows.setFilter(new TaskFilter(project.id(), null,
                assignee.getValue() == null ? null : assignee.getValue().id(), null, false, overdue.getValue(),
                open.getValue(), text.getValue()));
        apply.run();
        grid.setItems(rows);
        text.addValueChangeListener(change -> apply.run());
        assignee.addValueChangeListener(change -> apply.run());
        overdue.addValueChangeListener(change -> apply.run());
        open.addValueChangeListener(change -> apply.run());
        HorizontalLayout filters = new HorizontalLayout(text, assignee, overdue, open);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        VerticalLayout tab = new VerticalLayout(filters, grid);
        tab.setPadding(false);
        tab.setHeight("70vh");
        tab.setFlexGrow(1, grid);
        return tab;
    }

    private Component invoiceList() {
        InvoiceGrid grid = new InvoiceGrid(invoices, false, invoice -> { });
        grid.setItems(query -> invoices.page(new InvoiceFilter(project.clientId(), project.id(), null, null),
                query.getOffset(), query.getLimit()).stream());
        grid.setId("project-invoices");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void reload() {
        project = projects.get(project.id());
        render();
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    TaskBoard board() {
        return board;
    }

    ProjectDetails project() {
        return project;
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("menu.clients") : project.clientName() + " — " + project.name();
    }

    /** A tab whose content is read from the services only when first opened. */
    static final class LazyTab extends Div {

        private final java.util.function.Supplier<Component> content;
        private boolean loaded;

        LazyTab(java.util.function.Supplier<Component> content) {
            this.content = content;
            setWidthFull();
        }

        void load() {
            if (!loaded) {
                loaded = true;
                add(content.get());
            }
        }
    }
}
