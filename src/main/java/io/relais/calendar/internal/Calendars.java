package io.relais.calendar.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a calendar, creating it on first use: every team and person has one without anybody
 * having to set it up, and people created later get theirs when first needed.
 */
@Component
public class Calendars {

    private final EventCalendarRepository calendars;

    Calendars(EventCalendarRepository calendars) {
        this.calendars = calendars;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public EventCalendar company() {
        return calendars.findBySingleton("COMPANY").orElseGet(() -> calendars.save(EventCalendar.company()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public EventCalendar ofTeam(long teamId) {
        return calendars.findByTeamId(teamId).orElseGet(() -> calendars.save(EventCalendar.ofTeam(teamId)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public EventCalendar ofPerson(long personId) {
        return calendars.findByOwnerId(personId).orElseGet(() -> calendars.save(EventCalendar.ofPerson(personId)));
    }

    public java.util.Optional<EventCalendar> find(long id) {
        return calendars.findById(id);
    }
}
