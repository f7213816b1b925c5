package io.relais.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.relais.clients.ChecklistItem;
import io.relais.clients.DocumentRef;
import io.relais.clients.TaskComment;
import io.relais.clients.TaskDetails;
import io.relais.clients.TaskService;
import io.relais.clients.TaskStatus;
import io.relais.people.PersonService;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;

/**
 * One task: its status (changed here as on the board), facts, description, checklist, linked
 * documents and its comment thread, where {@code @prenom.nom} notifies the person named.
 */
@Route("tasks")
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TaskService tasks;
    private final PersonService people;
    private TaskDetails task;

    public TaskView(TaskService tasks, PersonService people) {
        this.tasks = tasks;
        this.people = people;
        addClassName("relais-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            task = tasks.get(id);
        } catch (io.relais.platform.NotFoundException missing) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        RouterLink project = new RouterLink(task.clientName() + " — " + task.projectName(), ProjectView.class, task.projectId());
        project.setId("task-project");
        H2 title = new H2(task.title());
        title.setId("task-heading");
        title.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        if (task.canEdit()) {
            Select<TaskStatus> status = new Select<>();
            status.setItems(TaskStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("projects.task-status." + s));
            status.setValue(task.status());
            status.setAriaLabel(getTranslation("projects.task.status"));
            status.setId("task-status");
            status.addValueChangeListener(change -> {
                if (change.getValue() != null && change.getValue() != task.status()) {
                    act(() -> tasks.move(task.id(), task.version(), change.getValue()));
                }
            });
            Button edit = new Button(getTranslation("projects.task.edit"), VaadinIcon.EDIT.create(),
                    click -> new TaskDialog(tasks, people, task.projectId(), task, id -> reload()).open());
            edit.setId("task-edit");
            header.add(status, edit);
        } else {
            header.add(Ui.badge(getTranslation("projects.task-status." + task.status()), TaskGrid.statusTheme(task.status())));
        }
        DescriptionList facts = new DescriptionList();
        fact(facts, "projects.task.assignee", new Span(task.assignee() == null ? getTranslation("projects.task.unassigned")
                : task.assignee().fullName()));
        Span due = new Span(task.dueDate() == null ? "—" : Formats.date(task.dueDate(), getLocale()));
        if (task.overdue()) {
            due.getElement().getThemeList().add("badge error");
        }
        fact(facts, "projects.task.due-date", due);
        fact(facts, "projects.task.priority", new Span(getTranslation("projects.priority." + task.priority())));
        fact(facts, "projects.task.created", new Span(getTranslation("projects.task.created.value",
                task.createdBy().fullName(), Formats.dateTime(task.createdAt(), ZoneId.systemDefault(), getLocale()))));
        add(project, header, facts);
        if (!task.descriptionHtml().isEmpty()) {
            Div description = new Div(new Html("<div class=\"relais-markdown\">" + task.descriptionHtml() + "</div>"));
            description.setId("task-description");
            add(description);
        }
        add(checklist(), documents(), comments());
    }

    private Component checklist() {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("projects.task.checklist")));
        section.setPadding(false);
        section.setId("task-checklist");
        for (ChecklistItem item : task.checklist()) {
            Checkbox box = new Checkbox(item.text(), item.done());
            box.setReadOnly(!task.canEdit());
            box.addValueChangeListener(change -> act(() -> tasks.checkItem(task.id(), item.position(), change.getValue())));
            HorizontalLayout line = new HorizontalLayout(box);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            if (task.canEdit()) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(),
                        click -> act(() -> tasks.removeChecklistItem(task.id(), item.position())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("projects.task.checklist.remove", item.text()));
                line.add(remove);
            }
            section.add(line);
        }
        if (task.canEdit()) {
            TextField text = new TextField();
            text.setPlaceholder(getTranslation("projects.task.checklist.new"));
            text.setMaxLength(300);
            text.setId("checklist-text");
            Button add = new Button(getTranslation("projects.task.checklist.add"),
                    click -> act(() -> tasks.addChecklistItem(task.id(), text.getValue())));
            add.setId("checklist-add");
            add.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(text);
            HorizontalLayout adder = new HorizontalLayout(text, add);
            section.add(adder);
        } else if (task.checklist().isEmpty()) {
            section.add(InvoiceGrid.muted(getTranslation("projects.task.checklist.empty")));
        }
        return section;
    }

    private Component documents() {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("projects.task.documents")));
        section.setPadding(false);
        section.setId("task-documents");
        for (DocumentRef document : task.documents()) {
            HorizontalLayout line = new HorizontalLayout(new Anchor(document.path(), document.title()));
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            if (task.canEdit()) {
                Button unlink = new Button(VaadinIcon.UNLINK.create(),
                        click -> act(() -> tasks.unlinkDocument(task.id(), document.id())));
                unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                unlink.setAriaLabel(getTranslation("projects.task.documents.unlink", document.title()));
                line.add(unlink);
            }
            section.add(line);
        }
        if (task.documents().isEmpty()) {
            section.add(InvoiceGrid.muted(getTranslation("clients.documents.empty")));
        }
        if (task.canEdit()) {
            ComboBox<DocumentRef> picker = new ComboBox<>();
            picker.setPlaceholder(getTranslation("projects.task.documents.find"));
            // most recent matches first, page by page as the reader scrolls; typing narrows them down
            picker.setItems(query -> tasks.findDocuments(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream());
            picker.setItemLabelGenerator(DocumentRef::title);
            picker.setWidth("24rem");
            picker.setId("task-document-picker");
            Button link = new Button(getTranslation("projects.task.documents.link"), click -> {
                if (picker.getValue() != null) {
                    act(() -> tasks.linkDocument(task.id(), picker.getValue().id()));
                }
            });
            link.setId("task-document-link");
            section.add(new HorizontalLayout(picker, link));
        }
        return section;
    }

    private Component comments() {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("projects.task.comments")));
        section.setPadding(false);
        section.setId("task-comments");
        for (TaskComment comment : task.comments()) {
            Span meta = new Span(comment.author().fullName() + " · "
                    + Formats.dateTime(comment.createdAt(), ZoneId.systemDefault(), getLocale()));
            meta.addClassName("relais-muted");
            Div body = new Div(new Html("<div class=\"relais-markdown\">" + comment.html() + "</div>"));
            Div entry = new Div(meta, body);
            entry.addClassName("clients-comment");
            section.add(entry);
        }
        TextArea text = new TextArea();
        text.setWidthFull();
        text.setPlaceholder(getTranslation("projects.task.comment.placeholder"));
        text.setId("comment-text");
        Button send = new Button(getTranslation("projects.task.comment.send"), click -> {
            try {
                tasks.comment(task.id(), text.getValue());
                reload();
            } catch (UserFacingException refusal) {
                text.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                text.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("comment-send");
        section.add(text, send);
        return section;
    }

    /** Runs a change and shows the task as saved; a refusal is shown and the page reloaded. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (UserFacingException refusal) {
            Toasts.error(refusal);
        }
        reload();
    }

    private void reload() {
        task = tasks.get(task.id());
        render();
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    TaskDetails task() {
        return task;
    }

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("menu.tasks") : task.title();
    }
}
