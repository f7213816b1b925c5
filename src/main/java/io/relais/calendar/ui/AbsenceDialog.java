package io.relais.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.calendar.AbsenceType;
import io.relais.calendar.CalendarService;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.time.LocalDate;

/** Records a holiday, a sick leave or a remote day; HR may record one for anybody. */
class AbsenceDialog extends Dialog {

    final ComboBox<PersonSummary> person = new ComboBox<>();
    final Select<AbsenceType> type = new Select<>();
    final DatePicker first = new DatePicker();
    final DatePicker last = new DatePicker();
    final TextField note = new TextField();

    AbsenceDialog(CalendarService service, PersonService people, CurrentUser currentUser, Runnable changed) {
        setHeaderTitle(getTranslation("calendar.absence.record"));
        long me = currentUser.requirePersonId();
        boolean hr = currentUser.hasRole(Roles.HR) || currentUser.hasRole(Roles.ADMIN);
        person.setLabel(getTranslation("calendar.absence.person"));
        person.setItemLabelGenerator(PersonSummary::fullName);
        person.setItems(hr ? people.activePeople() : people.activePeople().stream().filter(p -> p.id() == me).toList());
        person.getListDataView().getItems().filter(p -> p.id() == me).findFirst().ifPresent(person::setValue);
        person.setReadOnly(!hr);
        type.setLabel(getTranslation("calendar.absence.type"));
        type.setItems(AbsenceType.values());
        type.setItemLabelGenerator(t -> getTranslation("calendar.absence." + t));
        type.setValue(AbsenceType.HOLIDAY);
        first.setLabel(getTranslation("calendar.absence.first"));
        last.setLabel(getTranslation("calendar.absence.last"));
        first.setValue(LocalDate.now());
        last.setValue(LocalDate.now());
        first.addValueChangeListener(change -> {
            if (change.getValue() != null && (last.getValue() == null || last.getValue().isBefore(change.getValue()))) {
                last.setValue(change.getValue());
            }
        });
        note.setLabel(getTranslation("calendar.absence.note"));
        note.setMaxLength(200);
        add(new FormLayout(person, type, first, last, note));
        Button save = new Button(getTranslation("calendar.save"), click -> {
            try {
                if (person.getValue() == null) {
                    throw new UserFacingException("person", "calendar.error.required");
                }
                service.recordAbsence(person.getValue().id(), type.getValue(), first.getValue(), last.getValue(),
                        note.getValue());
                Toasts.success("calendar.saved");
                close();
                changed.run();
            } catch (UserFacingException refused) {
                Toasts.error(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("absence-save");
        getFooter().add(new Button(getTranslation("calendar.cancel"), click -> close()), save);
    }
}
