package io.relais.calendar.internal;

import io.relais.analytics.AdoptionChanges;
import io.relais.calendar.Attendee;
import io.relais.calendar.OccurrenceOutcome;
import io.relais.platform.UserFacingException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores events, their invitations and occurrence states. Permission checks happen before, in
 * the service; this class keeps the data consistent (series end, split series, exceptions).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class EventWriter {

    static final int MAX_ATTENDEES = 500;
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final CalendarEventRepository events;
    private final EventAttendeeRepository attendees;
    private final OccurrenceStateRepository states;
    private final CalendarPersonRepository people;
    private final AdoptionChanges adoption;

    EventWriter(CalendarEventRepository events, EventAttendeeRepository attendees, OccurrenceStateRepository states,
            CalendarPersonRepository people, AdoptionChanges adoption) {
        this.events = events;
        this.attendees = attendees;
        this.states = states;
        this.people = people;
        this.adoption = adoption;
    }

    public static String newUid() {
        return UUID.randomUUID() + "@relais";
    }

    public CalendarEvent create(long calendarId, String uid, long organiserId, String source, EventValues values,
            Collection<Attendee> invited, Set<Long> knownTeams, Instant now) {
        CalendarEvent event = new CalendarEvent(calendarId, uid, organiserId, source, now);
        event.define(values, now);
        events.save(event);
        invite(event.getId(), invited, knownTeams);
        touched(event);
        return event;
    }

    public void update(CalendarEvent event, long calendarId, EventValues values, Collection<Attendee> invited,
            Set<Long> knownTeams, Instant now) {
        boolean timesChanged = !event.getStartAt().equals(values.start()) || !java.util.Objects.equals(event.getRrule(), values.rrule())
                || !event.zone().equals(values.zone());
        touched(event);
        event.moveTo(calendarId);
        event.define(values, now);
        if (timesChanged) {
            // exceptions were keyed by the old planned starts: they no longer mean anything
            states.deleteFrom(event.getId(), Instant.EPOCH);
        }
        attendees.deleteByEvent(event.getId());
        invite(event.getId(), invited, knownTeams);
        touched(event);
    }

    /**
     * The days its occurrences count on in adoption figures (meeting hours, outcomes) may have
     * changed: from its start to its series' end (today for an open series).
     */
    private void touched(CalendarEvent event) {
        adoption.changedBetween(event.getStartAt(), event.isRecurring() ? event.getSeriesEndAt() : event.getEndAt());
    }

    public List<Attendee> attendeesOf(long eventId) {
        return attendees.findByEventIdOrderById(eventId).stream().map(EventAttendee::attendee).toList();
    }

    private void invite(long eventId, Collection<Attendee> invited, Set<Long> knownTeams) {
        Set<Attendee> distinct = new LinkedHashSet<>(invited);
        if (distinct.size() > MAX_ATTENDEES) {
            throw new UserFacingException("attendees", "calendar.error.too-many-attendees", MAX_ATTENDEES);
        }
        List<EventAttendee> rows = new ArrayList<>();
        for (Attendee attendee : distinct) {
            boolean known = attendee.personId() != null ? people.existsById(attendee.personId())
                    : knownTeams.contains(attendee.teamId());
            if (!known) {
                throw new UserFacingException("attendees", "calendar.error.unknown-attendee");
            }
            rows.add(new EventAttendee(eventId, attendee));
        }
        attendees.saveAll(rows);
    }

    /** Moves one occurrence of a series (or the only one of a single event) to new times. */
    public void moveOccurrence(CalendarEvent event, Instant originalStart, Instant start, Instant end, Instant now) {
        adoption.changedAt(originalStart);
        adoption.changedAt(start);
        if (!event.isRecurring()) {
            EventValues values = event.values();
            event.define(values.withTimes(start, end, end), now);
            return;
        }
        requirePlanned(event, originalStart);
        OccurrenceState state = state(event, originalStart);
        if (state.getMovedStart() != null) {
            adoption.changedAt(state.getMovedStart());
        }
        state.move(start, end);
        event.define(event.values(), now);
    }

    public void cancelOccurrence(CalendarEvent event, Instant originalStart, Instant now) {
        requirePlanned(event, originalStart);
        OccurrenceState state = state(event, originalStart);
        adoption.changedAt(state.getMovedStart() != null ? state.getMovedStart() : originalStart);
        state.cancel();
        event.define(event.values(), now);
    }

    public void recordOutcome(CalendarEvent event, Instant originalStart, OccurrenceOutcome outcome) {
        requirePlanned(event, originalStart);
        OccurrenceState state = state(event, originalStart);
        adoption.changedAt(state.getMovedStart() != null ? state.getMovedStart() : originalStart);
        state.record(outcome);
    }

    /**
     * Ends a series just before the given occurrence ("this and following"): its rule gets an
     * UNTIL one second before, and the exceptions from there on go with the part that ends.
     */
    public void endSeriesBefore(CalendarEvent event, Instant originalStart, Instant now) {
        requirePlanned(event, originalStart);
        adoption.changedBetween(originalStart, null);
        String until = event.isAllDay()
                ? originalStart.atZone(event.zone()).toLocalDate().minusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE)
                : originalStart.minusSeconds(1).atOffset(ZoneOffset.UTC).format(UTC_STAMP);
        List<String> parts = new ArrayList<>();
        for (String part : event.getRrule().split(";")) {
            String name = part.split("=", 2)[0].toUpperCase(Locale.ROOT);
            if (!name.equals("UNTIL") && !name.equals("COUNT")) {
                parts.add(part);
            }
        }
        parts.add("UNTIL=" + until);
        EventValues values = event.values().withRule(String.join(";", parts), null);
        event.define(EventForms.withSeriesEnd(values), now);
        states.deleteFrom(event.getId(), originalStart);
    }

    public void delete(CalendarEvent event) {
        touched(event);
        attendees.deleteByEvent(event.getId());
        states.deleteFrom(event.getId(), Instant.EPOCH);
        events.delete(event);
    }

    private OccurrenceState state(CalendarEvent event, Instant originalStart) {
        return states.findById(new OccurrenceState.Key(event.getId(), originalStart))
                .orElseGet(() -> states.save(new OccurrenceState(event.getId(), originalStart)));
    }

    private static void requirePlanned(CalendarEvent event, Instant originalStart) {
        if (!Recurrences.isPlanned(event.values(), originalStart)) {
            throw new UserFacingException(null, "calendar.error.no-such-occurrence");
        }
    }
}
