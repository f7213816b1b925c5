package io.relais.clients.internal;

import io.relais.clients.ClientStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A client company. */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String sector;
    @Enumerated(EnumType.STRING)
    private ClientStatus status;
    private long accountOwnerId;
    private String notes;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Client() {
    }

    public Client(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Values already validated by the caller. */
    public void apply(String newName, String newSector, ClientStatus newStatus, long newOwnerId, String newNotes,
            Instant now) {
        this.name = Objects.requireNonNull(newName);
        this.sector = newSector;
        this.status = Objects.requireNonNull(newStatus);
        this.accountOwnerId = newOwnerId;
        this.notes = newNotes;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSector() {
        return sector;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public long getAccountOwnerId() {
        return accountOwnerId;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
