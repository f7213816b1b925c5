package io.relais.rituals.internal;

import io.relais.calendar.AbsenceType;
import io.relais.calendar.CalendarService;
import io.relais.calendar.Occurrence;
import io.relais.people.PersonSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is away on a day, from the calendars: holidays and sick leave count, remote days do not
 * (people working from home still meet). Reads the team calendars, which show their members'
 * absences, and the own calendars of people without a team: a handful of queries for any size.
 */
final class Absences {

    private Absences() {
    }

    static Set<Long> on(CalendarService calendar, LocalDate day, ZoneId zone, Collection<PersonSummary> people) {
        List<Long> calendarIds = new ArrayList<>();
        people.stream().map(PersonSummary::teamId).filter(Objects::nonNull).distinct()
                .forEach(team -> calendarIds.add(calendar.teamCalendar(team).id()));
        people.stream().filter(person -> person.teamId() == null)
                .forEach(person -> calendarIds.add(calendar.personalCalendar(person.id()).id()));
        if (calendarIds.isEmpty()) {
            return Set.of();
        }
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return calendar.occurrences(calendarIds, from, to).stream()
                .filter(o -> o.absence() && o.absenceType() != AbsenceType.REMOTE && o.absentee() != null)
                .map(Occurrence::absentee).map(ref -> ref.id()).collect(Collectors.toSet());
    }
}
