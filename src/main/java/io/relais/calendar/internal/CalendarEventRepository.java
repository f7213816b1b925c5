package io.relais.calendar.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CalendarEventRepository extends JpaRepository<CalendarEvent, Long> {

    /**
     * Every event (single or series) that belongs to a selection of calendars and may have an
     * occurrence in [from, to): on one of the calendars, organised by or inviting one of the people,
     * inviting one of the teams, or an absence of a member of one of the absence teams. Lists are
     * never empty (callers pass {@code -1} for "none").
     */
    @Query("""
            select e from CalendarEvent e
            where (e.calendarId in :calendarIds
                   or e.organiserId in :people
                   or e.id in (select a.eventId from EventAttendee a where a.personId in :people or a.teamId in :teams)
                   or (e.absenceType is not null and e.calendarId in (
                        select c.id from EventCalendar c, CalendarPerson p
                        where c.ownerId = p.id and p.teamId in :absenceTeams)))
              and ((e.startAt < :to and (e.seriesEndAt is null or e.seriesEndAt > :from))
                   or e.id in (select o.eventId from OccurrenceState o where o.movedStart < :to and o.movedEnd > :from))""")
    List<CalendarEvent> inSelection(Collection<Long> calendarIds, Collection<Long> people, Collection<Long> teams,
            Collection<Long> absenceTeams, Instant from, Instant to);

    Optional<CalendarEvent> findByCalendarIdAndUid(long calendarId, String uid);

    List<CalendarEvent> findBySourceOrderByStartAt(String source);

    /** A feature's events that may have an occurrence planned in [from, to). */
    @Query("""
            select e from CalendarEvent e where e.source = :source and e.startAt < :to
            and (e.seriesEndAt is null or e.seriesEndAt > :from)""")
    List<CalendarEvent> fromSourceOverlapping(String source, Instant from, Instant to);

    long countByCalendarId(long calendarId);

    /**
     * Meetings that may have an occurrence in [from, to): timed events (not absences, not all-day)
     * with at least one invitation (a person or a team). Analytics expands them.
     */
    @Query("""
            select e from CalendarEvent e
            where e.absenceType is null and e.allDay = false
              and e.startAt < :to and (e.seriesEndAt is null or e.seriesEndAt > :from)
              and exists (select 1 from EventAttendee a where a.eventId = e.id)""")
    List<CalendarEvent> meetingsIn(Instant from, Instant to);

    /**
     * As {@link #meetingsIn}, only those a group can have taken part in: organised by one of its
     * people, or inviting one of them or one of their teams ({@code teams} never empty). A team's
     * figures then read its own meetings, not the whole company's.
     */
    @Query("""
            select e from CalendarEvent e
            where e.absenceType is null and e.allDay = false
              and e.startAt < :to and (e.seriesEndAt is null or e.seriesEndAt > :from)
              and exists (select 1 from EventAttendee a where a.eventId = e.id)
              and (e.organiserId in :people or exists (select 1 from EventAttendee g where g.eventId = e.id
                   and (g.personId in :people or g.teamId in :teams)))""")
    List<CalendarEvent> meetingsOf(Instant from, Instant to, Collection<Long> people, Collection<Long> teams);
}
