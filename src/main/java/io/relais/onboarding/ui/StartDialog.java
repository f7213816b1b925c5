package io.relais.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import io.relais.onboarding.OnboardingService;
import io.relais.onboarding.StartForm;
import io.relais.onboarding.TemplateService;
import io.relais.onboarding.TemplateSummary;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * HR starts a checklist: the person, the template (onboarding or offboarding), the buddy, the
 * manager (the directory's by default), the IT contact and the start date. A refusal shows on
 * the field at fault and keeps everything chosen.
 */
class StartDialog extends Dialog {

    StartDialog(OnboardingService onboardings, TemplateService templates, PersonService people, LongConsumer started) {
        setHeaderTitle(getTranslation("onboarding.action.start"));
        setWidth("min(40rem, 100vw)");
        ComboBox<PersonSummary> person = OnboardingUi.personPicker(people);
        person.setLabel(getTranslation("onboarding.field.person"));
        person.setId("start-person");
        ComboBox<TemplateSummary> template = new ComboBox<>(getTranslation("onboarding.field.template"));
        template.setItems(templates.latest(null));
        template.setItemLabelGenerator(t -> t.name() + " (" + getTranslation("onboarding.purpose." + t.purpose()) + ")");
        template.setId("start-template");
        ComboBox<PersonSummary> buddy = OnboardingUi.personPicker(people);
        buddy.setLabel(getTranslation("onboarding.field.buddy"));
        buddy.setId("start-buddy");
        ComboBox<PersonSummary> manager = OnboardingUi.personPicker(people);
        manager.setLabel(getTranslation("onboarding.field.manager"));
        manager.setHelperText(getTranslation("onboarding.field.manager-help"));
        manager.setId("start-manager");
        ComboBox<PersonSummary> it = OnboardingUi.personPicker(people);
        it.setLabel(getTranslation("onboarding.field.it"));
        it.setId("start-it");
        DatePicker start = new DatePicker(getTranslation("onboarding.field.start-date"));
        start.setLocale(getLocale());
        start.setId("start-date");
        FormLayout form = new FormLayout(person, template, buddy, manager, it, start);
        add(form);
        Map<String, HasValidation> fields = Map.of("person", person, "template", template, "buddy", buddy,
                "manager", manager, "itContact", it, "startDate", start);
        Button save = new Button(getTranslation("onboarding.action.start"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("start-save");
        save.addClickListener(click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                long id = onboardings.start(new StartForm(id(person.getValue()),
                        template.getValue() == null ? null : template.getValue().id(), id(buddy.getValue()),
                        id(manager.getValue()), id(it.getValue()), start.getValue()));
                Toasts.success("onboarding.done.started");
                close();
                started.accept(id);
            } catch (UserFacingException refusal) {
                HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
                if (field == null) {
                    Toasts.error(refusal);
                } else {
                    field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                    field.setInvalid(true);
                }
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private static Long id(PersonSummary person) {
        return person == null ? null : person.id();
    }
}
