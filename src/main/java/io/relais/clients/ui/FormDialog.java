package io.relais.clients.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dialog with a form the service validates: a refusal is shown on the field at fault (or as a
 * toast when it concerns the whole form) and the dialog stays open with everything typed kept.
 */
abstract class FormDialog extends Dialog {

    /** The save, which may refuse with a {@link UserFacingException}. */
    @FunctionalInterface
    interface SaveAction {
        void save();
    }

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    protected final FormLayout form = new FormLayout();

    FormDialog(String titleKey) {
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(44rem, 100vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
    }

    /** Adds a field to the form, labelled, under the name the service uses for it. */
    protected <F extends com.vaadin.flow.component.Component & HasValidation & HasLabel> F field(String name, F field,
            String labelKey) {
        field.setLabel(getTranslation(labelKey));
        fields.put(name, field);
        form.add(field);
        return field;
    }

    protected Button saveButton(String id, SaveAction action) {
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id);
        save.setDisableOnClick(true); // a double click must not save twice
        save.addClickListener(click -> {
            try {
                fields.values().forEach(field -> field.setInvalid(false));
                action.save();
                close();
            } catch (UserFacingException refusal) {
                show(refusal);
            } finally {
                save.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        return save;
    }

    private void show(UserFacingException refusal) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            Toasts.error(refusal);
            return;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        field.setInvalid(true);
    }
}
