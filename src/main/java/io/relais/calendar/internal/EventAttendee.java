package io.relais.calendar.internal;

import io.relais.calendar.Attendee;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One invitation of an event: a person or a whole team. */
@Entity
@Table(name = "calendar_event_attendee")
public class EventAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;
    private Long personId;
    private Long teamId;

    protected EventAttendee() {
    }

    EventAttendee(long eventId, Attendee attendee) {
        this.eventId = eventId;
        this.personId = attendee.personId();
        this.teamId = attendee.teamId();
    }

    public long getEventId() {
        return eventId;
    }

    public Attendee attendee() {
        return new Attendee(personId, teamId);
    }
}
