package io.relais.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String firstName;
    private String lastName;
    private String email;
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    private LocalDate startDate;
    private String location;
    private String timeZone;
    private boolean active = true;
    private LocalDate leftOn;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Applies already-validated values. */
    public void update(ValidPerson values, Team newTeam, Person newManager, Instant now) {
        this.firstName = values.firstName();
        this.lastName = values.lastName();
        this.email = values.email();
        this.jobTitle = values.jobTitle();
        this.team = newTeam;
        this.manager = newManager;
        this.startDate = values.startDate();
        this.location = values.location();
        this.timeZone = values.timeZone();
        this.updatedAt = now;
    }

    public void deactivate(Instant now, LocalDate lastDay) {
        this.active = false;
        this.leftOn = lastDay;
        this.updatedAt = now;
    }

    public void reactivate(Instant now) {
        this.active = true;
        this.leftOn = null;
        this.updatedAt = now;
    }

    /**
     * Whether {@code candidate} is this person or appears above them in the management chain.
     * Walks through getters: managers further up are lazy proxies whose fields are not loaded. A
     * loop already in the chain also answers {@code true} instead of walking forever.
     */
    public boolean isSelfOrAboveInChain(Person candidate) {
        Set<Long> seen = new HashSet<>();
        for (Person current = this; current != null; current = current.getManager()) {
            if (current.getId() != null && (current.getId().equals(candidate.getId()) || !seen.add(current.getId()))) {
                return true;
            }
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Team getTeam() {
        return team;
    }

    public Person getManager() {
        return manager;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getLocation() {
        return location;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
