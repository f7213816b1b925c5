package io.relais.clients.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.clients.ClientService;
import io.relais.clients.Contact;
import io.relais.clients.ContactForm;

/** Adds or edits a client contact. */
class ContactDialog extends FormDialog {

    ContactDialog(ClientService clients, long clientId, Contact existing, Runnable onSaved) {
        super(existing == null ? "clients.contact.new" : "clients.contact.edit");
        TextField name = field("name", new TextField(), "clients.contact.name");
        name.setId("contact-name");
        TextField role = field("role", new TextField(), "clients.contact.role");
        EmailField email = field("email", new EmailField(), "clients.contact.email");
        email.setId("contact-email");
        TextField phone = field("phone", new TextField(), "clients.contact.phone");
        phone.setId("contact-phone");
        if (existing != null) {
            name.setValue(existing.name());
            role.setValue(existing.role() == null ? "" : existing.role());
            email.setValue(existing.email() == null ? "" : existing.email());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
        }
        saveButton("contact-save", () -> {
            ContactForm form = new ContactForm(name.getValue(), role.getValue(), email.getValue(), phone.getValue());
            if (existing == null) {
                clients.addContact(clientId, form);
            } else {
                clients.updateContact(existing.id(), existing.version(), form);
            }
            onSaved.run();
        });
    }
}
