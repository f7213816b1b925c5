package io.relais.clients.internal;

import io.relais.clients.ProjectStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A project for a client: its owner answers for it, its team works on its tasks. */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    private String name;
    private String description;
    private long ownerId;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal budgetDays;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "project_member", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "person_id")
    private Set<Long> memberIds = new HashSet<>();

    protected Project() {
    }

    public Project(Client client, Instant now) {
        this.client = client;
        this.createdAt = now;
    }

    /** Values already validated by the caller (dates in order, budget positive). */
    public void apply(String newName, String newDescription, long newOwnerId, Set<Long> members,
            ProjectStatus newStatus, LocalDate start, LocalDate end, BigDecimal budget, Instant now) {
        this.name = newName;
        this.description = newDescription;
        this.ownerId = newOwnerId;
        this.memberIds.clear();
        this.memberIds.addAll(members);
        this.memberIds.remove(newOwnerId);
        this.status = newStatus;
        this.startDate = start;
        this.endDate = end;
        this.budgetDays = budget;
        this.updatedAt = now;
    }

    /** The owner and the members: the people who work on the project's tasks. */
    public boolean inTeam(long personId) {
        return ownerId == personId || memberIds.contains(personId);
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getBudgetDays() {
        return budgetDays;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }
}
