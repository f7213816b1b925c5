package io.relais.clients.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person at a client. */
@Entity
@Table(name = "client_contact")
public class ClientContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long clientId;
    private String name;
    private String role;
    private String email;
    private String phone;

    @Version
    private long version;

    protected ClientContact() {
    }

    public ClientContact(long clientId) {
        this.clientId = clientId;
    }

    /** Values already validated by the caller. */
    public void apply(String newName, String newRole, String newEmail, String newPhone) {
        this.name = newName;
        this.role = newRole;
        this.email = newEmail;
        this.phone = newPhone;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public long getVersion() {
        return version;
    }
}
