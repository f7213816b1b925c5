package io.relais.calendar.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a set of shown calendars covers: their own events, plus for a personal calendar what its
 * owner organises or is invited to (in person or with their team), plus for a team calendar what
 * the team is invited to and its members' absences.
 */
public record EventSelection(Set<Long> calendarIds, Set<Long> people, Set<Long> teams, Set<Long> absenceTeams) {

    private static final List<Long> NONE = List.of(-1L);

    public static EventSelection of(List<EventCalendar> calendars, CalendarPersonRepository directory) {
        Set<Long> calendarIds = new HashSet<>();
        Set<Long> people = new HashSet<>();
        Set<Long> teams = new HashSet<>();
        Set<Long> absenceTeams = new HashSet<>();
        for (EventCalendar calendar : calendars) {
            calendarIds.add(calendar.getId());
            switch (calendar.getKind()) {
                case PERSONAL -> {
                    people.add(calendar.getOwnerId());
                    directory.findById(calendar.getOwnerId()).map(CalendarPerson::getTeamId).ifPresent(teams::add);
                }
                case TEAM -> {
                    teams.add(calendar.getTeamId());
                    absenceTeams.add(calendar.getTeamId());
                }
                case COMPANY -> {
                    // its own events only
                }
            }
        }
        return new EventSelection(calendarIds, people, teams, absenceTeams);
    }

    public List<CalendarEvent> query(CalendarEventRepository events, java.time.Instant from, java.time.Instant to) {
        return events.inSelection(orNone(calendarIds), orNone(people), orNone(teams), orNone(absenceTeams), from, to);
    }

    private static java.util.Collection<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? NONE : ids;
    }
}
