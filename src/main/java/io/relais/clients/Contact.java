package io.relais.clients;

/**
 * A person at a client.
 *
 * @param phone the phone number, or {@code null} when the reader may not see it
 * @param phoneHidden whether a number exists that the reader may not see
 */
public record Contact(long id, long version, long clientId, String name, String role, String email,
        String phone, boolean phoneHidden) {

    public ContactForm toForm() {
        return new ContactForm(name, role, email, phone);
    }
}
