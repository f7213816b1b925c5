package io.relais.calendar.internal;

import io.relais.calendar.CalendarKind;
import io.relais.calendar.Occurrence;
import io.relais.people.PersonRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The read path every view shares (calendar views, feeds, free slots): events of a selection in a
 * range, expanded into occurrences, each checked against the viewer with {@link CalendarAccess}
 * and masked to "busy" when its details are not theirs to see. A constant number of queries per
 * range, whatever the number of events.
 */
@Component
public class CalendarReads {

    /** How far ahead a link without a date looks for an event's next occurrence. */
    private static final Duration NEXT_OCCURRENCE_HORIZON = Duration.ofDays(366);

    private final CalendarEventRepository events;
    private final OccurrenceStateRepository states;
    private final EventCalendarRepository calendars;
    private final EventAttendeeRepository attendees;
    private final CalendarPersonRepository people;

    CalendarReads(CalendarEventRepository events, OccurrenceStateRepository states, EventCalendarRepository calendars,
            EventAttendeeRepository attendees, CalendarPersonRepository people) {
        this.events = events;
        this.states = states;
        this.calendars = calendars;
        this.attendees = attendees;
        this.people = people;
    }

    public EventSelection selection(List<EventCalendar> shown) {
        return EventSelection.of(shown, people);
    }

    /** The occurrences of a selection overlapping [from, to), as the viewer may see them, by start. */
    public List<Occurrence> occurrences(CalendarViewer viewer, EventSelection selection, Instant from, Instant to) {
        List<CalendarEvent> found = selection.query(events, from, to);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Instant, OccurrenceState>> statesByEvent = states(found, from, to);
        Map<Long, CalendarAccess.Subject> subjects = subjects(viewer, found);
        Map<Long, CalendarPerson> owners = owners(subjects.values());
        Map<String, Occurrence> result = new LinkedHashMap<>();
        for (CalendarEvent event : found) {
            CalendarAccess.Subject subject = subjects.get(event.getId());
            for (Recurrences.Planned planned : Recurrences.expand(event, from, to,
                    statesByEvent.getOrDefault(event.getId(), Map.of()))) {
                Occurrence occurrence = occurrence(viewer, subject, planned, owners);
                result.putIfAbsent(occurrence.key(), occurrence);
            }
        }
        List<Occurrence> sorted = new ArrayList<>(result.values());
        sorted.sort(java.util.Comparator.comparing(Occurrence::start).thenComparing(Occurrence::eventId));
        return sorted;
    }

    /**
     * One occurrence of the event as the viewer may see it: the one planned at {@code
     * originalStart}, or without it the next one not over yet (within a year, else the first).
     * Empty when that occurrence was cancelled or never planned.
     */
    public Optional<Occurrence> occurrence(CalendarViewer viewer, CalendarEvent event, Instant originalStart,
            Instant now) {
        Map<Instant, OccurrenceState> states = new HashMap<>();
        allStates(event.getId()).forEach(state -> states.put(state.getOriginalStart(), state));
        Instant planned = originalStart != null ? originalStart : nextOrFirst(event, states, now);
        OccurrenceState state = states.get(planned);
        if (!Recurrences.isPlanned(event.values(), planned) || (state != null && state.isCancelled())) {
            return Optional.empty();
        }
        boolean moved = state != null && state.isMoved();
        Recurrences.Planned occurrence = new Recurrences.Planned(planned, moved ? state.getMovedStart() : planned,
                moved ? state.getMovedEnd() : planned.plus(event.duration()), state);
        CalendarAccess.Subject subject = subject(viewer, event);
        return Optional.of(occurrence(viewer, subject, occurrence, owners(List.of(subject))));
    }

    private static Instant nextOrFirst(CalendarEvent event, Map<Instant, OccurrenceState> states, Instant now) {
        return Recurrences.expand(event, now, now.plus(NEXT_OCCURRENCE_HORIZON), states).stream()
                .map(Recurrences.Planned::originalStart).findFirst().orElse(event.getStartAt());
    }

    /** The moved and cancelled occurrences (and outcomes) that matter to [from, to), per event. */
    public Map<Long, Map<Instant, OccurrenceState>> states(Collection<CalendarEvent> found, Instant from, Instant to) {
        List<Long> ids = found.stream().filter(CalendarEvent::isRecurring).map(CalendarEvent::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Instant, OccurrenceState>> byEvent = new HashMap<>();
        for (OccurrenceState state : states.relevantTo(ids, from.minus(Recurrences.LONGEST_OCCURRENCE), from, to)) {
            byEvent.computeIfAbsent(state.getEventId(), id -> new HashMap<>()).put(state.getOriginalStart(), state);
        }
        return byEvent;
    }

    /** Every moved or cancelled occurrence of the given series, per event (for feeds). */
    public Map<Long, List<OccurrenceState>> allStates(Collection<CalendarEvent> found) {
        List<Long> ids = found.stream().filter(CalendarEvent::isRecurring).map(CalendarEvent::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return states.findByEventIdIn(ids).stream().collect(Collectors.groupingBy(OccurrenceState::getEventId));
    }

    /** The states of single events and series alike, in one query (empty for no event). */
    public Map<Long, List<OccurrenceState>> statesOf(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return states.findByEventIdIn(eventIds).stream().collect(Collectors.groupingBy(OccurrenceState::getEventId));
    }

    public List<OccurrenceState> allStates(long eventId) {
        return states.findByEventIdOrderByOriginalStart(eventId);
    }

    /** What the permission rules need for each event, read in three queries. */
    public Map<Long, CalendarAccess.Subject> subjects(CalendarViewer viewer, Collection<CalendarEvent> found) {
        Map<Long, EventCalendar> calendarById = calendars.findAllById(
                found.stream().map(CalendarEvent::getCalendarId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(EventCalendar::getId, Function.identity()));
        Set<Long> personIds = new HashSet<>();
        for (CalendarEvent event : found) {
            personIds.add(event.getOrganiserId());
            EventCalendar calendar = calendarById.get(event.getCalendarId());
            if (calendar.getOwnerId() != null) {
                personIds.add(calendar.getOwnerId());
            }
        }
        Map<Long, CalendarPerson> personById = people.findAllById(personIds).stream()
                .collect(Collectors.toMap(CalendarPerson::getId, Function.identity()));
        Set<Long> attended = viewer.personId() == null ? Set.of() : new HashSet<>(attendees.attendedAmong(
                found.stream().map(CalendarEvent::getId).toList(), viewer.personId(),
                viewer.teamId() == null ? -1L : viewer.teamId()));
        Map<Long, CalendarAccess.Subject> subjects = new HashMap<>();
        for (CalendarEvent event : found) {
            EventCalendar calendar = calendarById.get(event.getCalendarId());
            Long team = switch (calendar.getKind()) {
                case TEAM -> calendar.getTeamId();
                case PERSONAL -> teamOf(personById.get(calendar.getOwnerId()));
                case COMPANY -> teamOf(personById.get(event.getOrganiserId()));
            };
            subjects.put(event.getId(), new CalendarAccess.Subject(event, calendar, team, attended.contains(event.getId())));
        }
        return subjects;
    }

    public CalendarAccess.Subject subject(CalendarViewer viewer, CalendarEvent event) {
        return subjects(viewer, List.of(event)).get(event.getId());
    }

    private Map<Long, CalendarPerson> owners(Collection<CalendarAccess.Subject> subjects) {
        Set<Long> ownerIds = subjects.stream().filter(s -> s.event().isAbsence())
                .map(s -> s.calendar().getOwnerId()).collect(Collectors.toSet());
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return people.findAllById(ownerIds).stream().collect(Collectors.toMap(CalendarPerson::getId, Function.identity()));
    }

    private static Long teamOf(CalendarPerson person) {
        return person == null ? null : person.getTeamId();
    }

    private static Occurrence occurrence(CalendarViewer viewer, CalendarAccess.Subject subject,
            Recurrences.Planned planned, Map<Long, CalendarPerson> owners) {
        CalendarEvent event = subject.event();
        boolean details = CalendarAccess.seesDetails(viewer, subject);
        boolean absence = event.isAbsence();
        PersonRef absentee = absence && owners.containsKey(subject.calendar().getOwnerId())
                ? owners.get(subject.calendar().getOwnerId()).ref() : null;
        boolean reason = absence && CalendarAccess.seesAbsenceReason(viewer, subject);
        // an absence's existence is team knowledge; its title may be personal, so others get the type only
        boolean busyOnly = absence ? !reason : !details;
        String title = busyOnly || (absence && !viewer.is(subject.calendar().getOwnerId()) && !viewer.hr())
                ? null : event.getTitle();
        CalendarKind kind = subject.calendar().getKind();
        return new Occurrence(event.getId(), planned.originalStart(), planned.start(), planned.end(), event.isAllDay(),
                title, busyOnly, event.getVisibility(), kind, absence, reason ? event.getAbsenceType() : null, absentee,
                event.isRecurring(), CalendarAccess.mayEdit(viewer, subject));
    }
}
