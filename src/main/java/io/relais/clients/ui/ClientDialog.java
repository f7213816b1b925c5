package io.relais.clients.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.clients.ClientDetails;
import io.relais.clients.ClientForm;
import io.relais.clients.ClientService;
import io.relais.clients.ClientStatus;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import java.util.function.LongConsumer;

/** Creates or edits a client. */
class ClientDialog extends FormDialog {

    private final TextField name = new TextField();
    private final ComboBox<String> sector = new ComboBox<>();
    private final ComboBox<ClientStatus> status = new ComboBox<>();
    private final ComboBox<PersonSummary> owner;
    private final TextArea notes = new TextArea();

    ClientDialog(ClientService clients, PersonService people, ClientDetails existing, LongConsumer onSaved) {
        super(existing == null ? "clients.new" : "clients.edit");
        owner = Ui.personPicker(people);
        field("name", name, "clients.name").setId("client-name");
        name.setMaxLength(150);
        field("sector", sector, "clients.sector").setId("client-sector");
        sector.setItems(clients.sectors());
        sector.setAllowCustomValue(true);
        sector.addCustomValueSetListener(typed -> sector.setValue(typed.getDetail()));
        field("status", status, "clients.status").setId("client-status");
        status.setItems(ClientStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("clients.status." + s));
        status.setValue(ClientStatus.PROSPECT);
        field("accountOwner", owner, "clients.account-owner").setId("client-owner");
        field("notes", notes, "clients.notes").setId("client-notes");
        notes.setHelperText(getTranslation("clients.markdown-help"));
        form.setColspan(notes, 2);
        if (existing != null) {
            ClientForm f = existing.toForm();
            name.setValue(f.name());
            if (f.sector() != null) {
                sector.setValue(f.sector());
            }
            status.setValue(f.status());
            Ui.select(owner, f.accountOwnerId());
            notes.setValue(f.notes() == null ? "" : f.notes());
        }
        saveButton("client-save", () -> {
            ClientForm form = new ClientForm(name.getValue(), sector.getValue(), status.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), notes.getValue());
            long id = existing == null ? clients.create(form) : clients.update(existing.id(), existing.version(), form).id();
            onSaved.accept(id);
        });
    }
}
