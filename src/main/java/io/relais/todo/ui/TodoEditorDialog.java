package io.relais.todo.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import io.relais.todo.TodoForm;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Edits one of one's own items: title, due date and link. A refusal is shown on the field at
 * fault and the dialog stays open with everything typed kept.
 */
class TodoEditorDialog extends Dialog {

    private final TextField title = new TextField();
    private final DatePicker due = new DatePicker();
    private final TextField link = new TextField();
    private final TextField linkLabel = new TextField();
    private final Map<String, HasValidation> fields = Map.of("title", title, "link", link, "linkLabel", linkLabel);

    TodoEditorDialog(TodoService todos, TodoItem existing, Consumer<TodoItem> onSaved) {
        setHeaderTitle(getTranslation("todo.edit"));
        setWidth("min(36rem, 100vw)");
        title.setLabel(getTranslation("todo.field.title"));
        title.setId("todo-edit-title");
        title.setMaxLength(300);
        due.setLabel(getTranslation("todo.field.due"));
        due.setLocale(getLocale());
        due.setClearButtonVisible(true);
        due.setId("todo-edit-due");
        link.setLabel(getTranslation("todo.field.link"));
        link.setHelperText(getTranslation("todo.field.link.help"));
        link.setId("todo-edit-link");
        link.setMaxLength(1000);
        linkLabel.setLabel(getTranslation("todo.field.link-label"));
        linkLabel.setId("todo-edit-link-label");
        linkLabel.setMaxLength(200);

        TodoForm form = existing.toForm();
        title.setValue(form.title());
        due.setValue(form.dueDate());
        link.setValue(form.link() == null ? "" : form.link());
        linkLabel.setValue(form.linkLabel() == null ? "" : form.linkLabel());

        FormLayout layout = new FormLayout(title, due, link, linkLabel);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);

        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("todo-edit-save");
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                TodoItem saved = todos.update(existing.id(), existing.version(),
                        new TodoForm(title.getValue(), due.getValue(), link.getValue(), linkLabel.getValue()));
                Toasts.success("todo.saved");
                close();
                onSaved.accept(saved);
            } catch (UserFacingException refusal) {
                show(refusal);
            } finally {
                save.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void show(UserFacingException refusal) {
        fields.values().forEach(field -> field.setInvalid(false));
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            Toasts.error(refusal);
            return;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        field.setInvalid(true);
    }
}
