package io.relais.calendar.internal;

import io.relais.calendar.CalendarKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The company calendar, a team's or a person's: created on first use, never deleted. */
@Entity
@Table(name = "calendar")
public class EventCalendar {

    private static final String COMPANY = "COMPANY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CalendarKind kind;

    private Long teamId;
    private Long ownerId;
    private String singleton;

    protected EventCalendar() {
    }

    private EventCalendar(CalendarKind kind, Long teamId, Long ownerId, String singleton) {
        this.kind = kind;
        this.teamId = teamId;
        this.ownerId = ownerId;
        this.singleton = singleton;
    }

    static EventCalendar company() {
        return new EventCalendar(CalendarKind.COMPANY, null, null, COMPANY);
    }

    static EventCalendar ofTeam(long teamId) {
        return new EventCalendar(CalendarKind.TEAM, teamId, null, null);
    }

    static EventCalendar ofPerson(long personId) {
        return new EventCalendar(CalendarKind.PERSONAL, null, personId, null);
    }

    public Long getId() {
        return id;
    }

    public CalendarKind getKind() {
        return kind;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getOwnerId() {
        return ownerId;
    }
}
