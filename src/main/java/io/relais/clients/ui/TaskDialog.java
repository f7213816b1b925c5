package io.relais.clients.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.clients.TaskDetails;
import io.relais.clients.TaskForm;
import io.relais.clients.TaskPriority;
import io.relais.clients.TaskService;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import java.util.function.LongConsumer;

/** Creates a task in a project, or edits one. */
class TaskDialog extends FormDialog {

    TaskDialog(TaskService tasks, PersonService people, long projectId, TaskDetails existing, LongConsumer onSaved) {
        super(existing == null ? "projects.task.new" : "projects.task.edit");
        TextField title = field("title", new TextField(), "projects.task.title");
        title.setId("task-title");
        title.setMaxLength(200);
        form.setColspan(title, 2);
        ComboBox<PersonSummary> assignee = field("assignee", Ui.personPicker(people), "projects.task.assignee");
        assignee.setId("task-assignee");
        DatePicker due = field("dueDate", new DatePicker(), "projects.task.due-date");
        due.setId("task-due");
        ComboBox<TaskPriority> priority = field("priority", new ComboBox<>(), "projects.task.priority");
        priority.setItems(TaskPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation("projects.priority." + p));
        priority.setValue(TaskPriority.NORMAL);
        priority.setId("task-priority");
        TextArea description = field("description", new TextArea(), "projects.task.description");
        description.setHelperText(getTranslation("clients.markdown-help"));
        form.setColspan(description, 2);
        if (existing != null) {
            TaskForm f = existing.toForm();
            title.setValue(f.title());
            Ui.select(assignee, f.assigneeId());
            due.setValue(f.dueDate());
            priority.setValue(f.priority());
            description.setValue(f.description() == null ? "" : f.description());
        }
        saveButton("task-save", () -> {
            TaskForm form = new TaskForm(projectId, title.getValue(), description.getValue(),
                    assignee.getValue() == null ? null : assignee.getValue().id(), due.getValue(), priority.getValue());
            long id = existing == null ? tasks.create(form) : tasks.update(existing.id(), existing.version(), form).id();
            onSaved.accept(id);
        });
    }
}
