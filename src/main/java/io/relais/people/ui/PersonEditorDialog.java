package io.relais.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.people.PersonDetails;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.people.TeamSummary;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Creates or edits a person (HR, ADMIN). The service checks every field; a refusal is shown on
 * the field at fault and the dialog stays open with everything typed kept.
 */
class PersonEditorDialog extends Dialog {

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField jobTitle = new TextField();
    private final ComboBox<TeamSummary> team = new ComboBox<>();
    private final ComboBox<PersonSummary> manager = new ComboBox<>();
    private final DatePicker startDate = new DatePicker();
    private final TextField location = new TextField();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final Map<String, HasValidation> fields;

    PersonEditorDialog(PersonService people, PersonDetails existing, LongConsumer onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "people.new" : "people.edit"));
        setWidth("min(40rem, 100vw)");
        fields = Map.of("firstName", firstName, "lastName", lastName, "email", email, "jobTitle", jobTitle,
                "teamId", team, "managerId", manager, "startDate", startDate, "location", location,
                "timeZone", timeZone);
        label(firstName, "people.first-name");
        label(lastName, "people.last-name");
        label(email, "people.email");
        label(jobTitle, "people.job-title");
        label(team, "people.team");
        label(manager, "people.manager");
        label(startDate, "people.start-date");
        label(location, "people.location");
        label(timeZone, "people.time-zone");
        firstName.setId("person-first-name");
        lastName.setId("person-last-name");
        email.setId("person-email");
        startDate.setId("person-start-date");
        team.setItems(people.teams());
        team.setItemLabelGenerator(TeamSummary::name);
        manager.setItems(people.activePeople());
        manager.setItemLabelGenerator(PersonSummary::fullName);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue("Europe/Paris");
        startDate.setLocale(getLocale());

        if (existing != null) {
            PersonForm form = existing.toForm();
            firstName.setValue(form.firstName());
            lastName.setValue(form.lastName());
            email.setValue(form.email());
            jobTitle.setValue(form.jobTitle() == null ? "" : form.jobTitle());
            team.getListDataView().getItems().filter(t -> t.id() == (form.teamId() == null ? -1 : form.teamId()))
                    .findFirst().ifPresent(team::setValue);
            manager.getListDataView().getItems()
                    .filter(p -> p.id() == (form.managerId() == null ? -1 : form.managerId()))
                    .findFirst().ifPresent(manager::setValue);
            startDate.setValue(form.startDate());
            location.setValue(form.location() == null ? "" : form.location());
            timeZone.setValue(form.timeZone());
        }

        FormLayout layout = new FormLayout(firstName, lastName, email, jobTitle, team, manager, startDate,
                location, timeZone);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(layout);

        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("person-save");
        save.setDisableOnClick(true); // a double click must not create the person twice
        save.addClickListener(click -> {
            try {
                long id = existing == null ? people.create(form())
                        : saveExisting(people, existing);
                Toasts.success("people.saved");
                close();
                onSaved.accept(id);
            } catch (UserFacingException refusal) {
                show(refusal);
            } finally {
                save.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private long saveExisting(PersonService people, PersonDetails existing) {
        people.update(existing.id(), existing.version(), form());
        return existing.id();
    }

    private PersonForm form() {
        return new PersonForm(firstName.getValue(), lastName.getValue(), email.getValue(), jobTitle.getValue(),
                team.getValue() == null ? null : team.getValue().id(),
                manager.getValue() == null ? null : manager.getValue().id(), startDate.getValue(),
                location.getValue(), timeZone.getValue());
    }

    private void show(UserFacingException refusal) {
        fields.values().forEach(field -> field.setInvalid(false));
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        String message = getTranslation(refusal.messageKey(), refusal.arguments());
        if (field == null) {
            Toasts.error(refusal);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }
}
