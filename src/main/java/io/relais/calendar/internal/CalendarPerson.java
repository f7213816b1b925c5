package io.relais.calendar.internal;

import io.relais.people.Initials;
import io.relais.people.PersonRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import org.hibernate.annotations.Immutable;

/**
 * What calendars need to know about a person (name, team, time zone), read in the same queries as
 * events instead of one directory call per row. The people module owns and writes the table.
 */
@Entity
@Immutable
@Table(name = "person")
public class CalendarPerson {

    @Id
    private Long id;
    private String firstName;
    private String lastName;
    @Column(name = "team_id")
    private Long teamId;
    private String timeZone;
    private boolean active;

    protected CalendarPerson() {
    }

    public Long getId() {
        return id;
    }

    public Long getTeamId() {
        return teamId;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isActive() {
        return active;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public PersonRef ref() {
        return new PersonRef(id, fullName(), Initials.of(firstName, lastName));
    }
}
