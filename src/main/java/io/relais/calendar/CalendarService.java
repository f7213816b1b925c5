package io.relais.calendar;

import io.relais.calendar.internal.CalendarAccess;
import io.relais.calendar.internal.CalendarEvent;
import io.relais.calendar.internal.CalendarEventRepository;
import io.relais.calendar.internal.CalendarPerson;
import io.relais.calendar.internal.CalendarPersonRepository;
import io.relais.calendar.internal.CalendarReads;
import io.relais.calendar.internal.CalendarViewer;
import io.relais.calendar.internal.CalendarViewers;
import io.relais.calendar.internal.Calendars;
import io.relais.calendar.internal.EventCalendar;
import io.relais.calendar.internal.EventForms;
import io.relais.calendar.internal.EventValues;
import io.relais.calendar.internal.EventWriter;
import io.relais.calendar.internal.FreeSlots;
import io.relais.calendar.internal.OccurrenceState;
import io.relais.calendar.internal.Recurrences;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.NotFoundException;
import io.relais.platform.UserFacingException;
import io.relais.platform.markdown.MarkdownLinks;
import io.relais.platform.markdown.MarkdownRenderer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendars and their events. Every read goes through one permission check ({@code
 * CalendarAccess}): anybody signed in may look at any calendar, but sees only "busy" for events
 * whose details are not theirs. Every write checks the caller's right on the calendar or the
 * event and publishes {@link CalendarEventChanged} in the same transaction.
 *
 * <p>Other features (rituals, onboarding) plan events here as HR/ADMIN or as a system task, tag
 * them with a {@code source}, find them again with {@link #eventsFromSource}, and record how each
 * occurrence went with {@link #recordOutcome}.
 */
@Service
@Transactional
public class CalendarService {

    /** The widest range one read may ask for (a month view shows six weeks). */
    public static final Duration WIDEST_RANGE = Duration.ofDays(100);

    private final Calendars calendars;
    private final CalendarEventRepository events;
    private final CalendarPersonRepository directory;
    private final CalendarReads reads;
    private final CalendarViewers viewers;
    private final EventWriter writer;
    private final PersonService people;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CalendarService(Calendars calendars, CalendarEventRepository events, CalendarPersonRepository directory,
            CalendarReads reads, CalendarViewers viewers, EventWriter writer, PersonService people,
            MarkdownRenderer markdown, ApplicationEventPublisher publisher, Clock clock) {
        this.calendars = calendars;
        this.events = events;
        this.directory = directory;
        this.reads = reads;
        this.viewers = viewers;
        this.writer = writer;
        this.people = people;
        this.markdown = markdown;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ---- calendars ------------------------------------------------------------------------

    /** The company calendar, the caller's own, their team's, then every other team's. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarRef> calendars() {
        CalendarViewer viewer = viewers.current();
        Map<Long, String> teamNames = teamNames();
        List<CalendarRef> result = new ArrayList<>();
        shownFirst(viewer).forEach(calendar -> result.add(ref(calendar, viewer, teamNames)));
        teamNames.keySet().stream().filter(team -> !team.equals(viewer.teamId()))
                .forEach(team -> result.add(ref(calendars.ofTeam(team), viewer, teamNames)));
        return result;
    }

    /** What a calendar view shows first: the company calendar, the caller's own and their team's. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarRef> defaultCalendars() {
        CalendarViewer viewer = viewers.current();
        Map<Long, String> teamNames = teamNames();
        return shownFirst(viewer).stream().map(calendar -> ref(calendar, viewer, teamNames)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public CalendarRef companyCalendar() {
        return ref(calendars.company(), viewers.current(), Map.of());
    }

    @PreAuthorize("isAuthenticated()")
    public CalendarRef teamCalendar(long teamId) {
        Map<Long, String> teamNames = teamNames();
        if (!teamNames.containsKey(teamId)) {
            throw new NotFoundException();
        }
        return ref(calendars.ofTeam(teamId), viewers.current(), teamNames);
    }

    /** Anybody's personal calendar (what they share shows; the rest is "busy"). */
    @PreAuthorize("isAuthenticated()")
    public CalendarRef personalCalendar(long personId) {
        if (!directory.existsById(personId)) {
            throw new NotFoundException();
        }
        return ref(calendars.ofPerson(personId), viewers.current(), Map.of());
    }

    /** The zone the caller reads times in: their directory time zone, Europe/Paris without one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ZoneId myZone() {
        return viewers.zoneOf(viewers.current());
    }

    // ---- reading --------------------------------------------------------------------------

    /**
     * The occurrences of the given calendars overlapping [from, to) as the caller may see them,
     * by start. The range may not exceed {@link #WIDEST_RANGE}: views ask for what they show.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Occurrence> occurrences(Collection<Long> calendarIds, Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(WIDEST_RANGE) > 0) {
            throw new UserFacingException(null, "calendar.error.range");
        }
        List<EventCalendar> shown = calendarIds.stream().distinct()
                .map(id -> calendars.find(id).orElseThrow(NotFoundException::new)).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        return reads.occurrences(viewers.current(), reads.selection(shown), from, to);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EventDetails event(long eventId) {
        CalendarViewer viewer = viewers.current();
        CalendarEvent event = events.findById(eventId).orElseThrow(NotFoundException::new);
        return details(viewer, reads.subject(viewer, event));
    }

    /**
     * One occurrence as the caller may see it, what a link to an event opens ({@link EventLinks}):
     * the one planned at {@code originalStart}, or with {@code null} the event's next one. Unknown
     * and deleted events, and cancelled or never planned occurrences, are "not found"; somebody
     * else's private event is only "busy", as everywhere.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Occurrence occurrence(long eventId, Instant originalStart) {
        CalendarEvent event = events.findById(eventId).orElseThrow(NotFoundException::new);
        return reads.occurrence(viewers.current(), event, originalStart, clock.instant())
                .orElseThrow(NotFoundException::new);
    }

    /**
     * The caller's today, in their zone, as the home page's "my day" shows it: the occurrences of
     * the calendars the calendar view first shows them (the company's; their own with what they
     * organise or are invited to, private events included; their team's with its absences), by
     * start. Events of which they may only know "busy" tell them nothing and are left out.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Occurrence> myDay() {
        CalendarViewer viewer = viewers.current();
        ZoneId zone = viewers.zoneOf(viewer);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return reads.occurrences(viewer, reads.selection(shownFirst(viewer)), today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .filter(occurrence -> occurrence.absence() || !occurrence.busyOnly()).toList();
    }

    // ---- writing --------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    public long create(EventForm form) {
        CalendarViewer viewer = viewers.current();
        EventCalendar calendar = writableCalendar(viewer, form.calendarId());
        long organiser = organiser(viewer, form.organiserId());
        EventValues values = EventForms.values(form, null);
        CalendarEvent event = writer.create(calendar.getId(), EventWriter.newUid(), organiser, form.source(), values,
                form.attendees(), teamNames().keySet(), clock.instant());
        publisher.publishEvent(new CalendarEventChanged(event.getId(), CalendarEventChanged.Type.CREATED));
        return event.getId();
    }

    /**
     * Replaces a whole event or series, edited from the given version; a concurrent change in
     * between is refused. Changing a series' times or rule drops its moved and cancelled occurrences.
     */
    @PreAuthorize("isAuthenticated()")
    public void update(long eventId, long expectedVersion, EventForm form) {
        CalendarViewer viewer = viewers.current();
        CalendarEvent event = editable(viewer, eventId);
        if (event.getVersion() != expectedVersion) {
            throw new UserFacingException(null, "error.concurrent-edit");
        }
        if (event.getCalendarId() != form.calendarId()) {
            writableCalendar(viewer, form.calendarId());
        }
        writer.update(event, form.calendarId(), EventForms.values(form, event.getAbsenceType()), form.attendees(),
                teamNames().keySet(), clock.instant());
        publisher.publishEvent(new CalendarEventChanged(eventId, CalendarEventChanged.Type.UPDATED));
    }

    /**
     * "This and following": the series ends before the given occurrence and a new series, described
     * by the form (its start being the new first occurrence), takes over from there.
     *
     * @return the new series' id (the same event when the occurrence is the first of the series)
     */
    @PreAuthorize("isAuthenticated()")
    public long updateFollowing(long eventId, long expectedVersion, Instant originalStart, EventForm form) {
        CalendarViewer viewer = viewers.current();
        CalendarEvent event = editable(viewer, eventId);
        if (!event.isRecurring() || originalStart.equals(event.getStartAt())) {
            update(eventId, expectedVersion, form);
            return eventId;
        }
        if (event.getVersion() != expectedVersion) {
            throw new UserFacingException(null, "error.concurrent-edit");
        }
        EventCalendar calendar = writableCalendar(viewer, form.calendarId());
        EventValues values = EventForms.values(form, event.getAbsenceType());
        writer.endSeriesBefore(event, originalStart, clock.instant());
        CalendarEvent following = writer.create(calendar.getId(), EventWriter.newUid(), event.getOrganiserId(),
                event.getSource(), values, form.attendees(), teamNames().keySet(), clock.instant());
        publisher.publishEvent(new CalendarEventChanged(eventId, CalendarEventChanged.Type.UPDATED));
        publisher.publishEvent(new CalendarEventChanged(following.getId(), CalendarEventChanged.Type.CREATED));
        return following.getId();
    }

    /**
     * Moves one occurrence (dragged in a view): for a series only that occurrence moves; a single
     * event simply gets the new times.
     */
    @PreAuthorize("isAuthenticated()")
    public void moveOccurrence(long eventId, Instant originalStart, Instant newStart, Instant newEnd) {
        CalendarEvent event = editable(viewers.current(), eventId);
        if (!newEnd.isAfter(newStart)) {
            throw new UserFacingException("end", "calendar.error.end-before-start");
        }
        writer.moveOccurrence(event, originalStart, newStart, newEnd, clock.instant());
        publisher.publishEvent(new CalendarEventChanged(eventId, CalendarEventChanged.Type.OCCURRENCE_CHANGED));
    }

    /** Cancels one occurrence of a series; to cancel a single event, delete it. */
    @PreAuthorize("isAuthenticated()")
    public void cancelOccurrence(long eventId, Instant originalStart) {
        CalendarEvent event = editable(viewers.current(), eventId);
        if (!event.isRecurring()) {
            throw new UserFacingException(null, "calendar.error.not-recurring");
        }
        writer.cancelOccurrence(event, originalStart, clock.instant());
        publisher.publishEvent(new CalendarEventChanged(eventId, CalendarEventChanged.Type.OCCURRENCE_CHANGED));
    }

    @PreAuthorize("isAuthenticated()")
    public void delete(long eventId) {
        CalendarEvent event = editable(viewers.current(), eventId);
        writer.delete(event);
        publisher.publishEvent(new CalendarEventChanged(eventId, CalendarEventChanged.Type.DELETED));
    }

    /**
     * Records an absence of whole days on the person's own calendar: people record theirs, HR
     * anybody's. It shows on their team's calendar (the reason of a sick leave only to them and HR).
     */
    @PreAuthorize("isAuthenticated()")
    public long recordAbsence(long personId, AbsenceType type, LocalDate first, LocalDate last, String note) {
        CalendarViewer viewer = viewers.current();
        CalendarPerson person = directory.findById(personId).orElseThrow(NotFoundException::new);
        if (!CalendarAccess.mayRecordAbsence(viewer, personId)) {
            throw new NotFoundException();
        }
        if (type == null || first == null || last == null) {
            throw new UserFacingException("type", "calendar.error.required");
        }
        if (last.isBefore(first)) {
            throw new UserFacingException("end", "calendar.error.end-before-start");
        }
        String title = note == null || note.isBlank() ? type.name() : note;
        EventForm form = EventForm.allDay(calendars.ofPerson(personId).getId(), title, first, last, person.zone())
                .withVisibility(EventVisibility.TEAM);
        CalendarEvent event = writer.create(form.calendarId(), EventWriter.newUid(), personId, null,
                EventForms.values(form, type), List.of(), Set.of(), clock.instant());
        publisher.publishEvent(new CalendarEventChanged(event.getId(), CalendarEventChanged.Type.CREATED));
        return event.getId();
    }

    // ---- planning helpers for other features ------------------------------------------------

    /**
     * Free slots common to all the given people (their own events, invitations and absences
     * count; remote days do not), on working days, earliest first.
     */
    @PreAuthorize("isAuthenticated()")
    public List<TimeSlot> freeSlots(FreeSlotQuery query) {
        for (long personId : query.personIds()) {
            if (!directory.existsById(personId)) {
                throw new NotFoundException();
            }
        }
        List<EventCalendar> shown = query.personIds().stream().map(calendars::ofPerson).toList();
        Instant from = query.firstDay().atStartOfDay(query.zone()).toInstant();
        Instant to = query.lastDay().plusDays(1).atStartOfDay(query.zone()).toInstant();
        List<TimeSlot> busy = new ArrayList<>();
        for (int start = 0; start < Duration.between(from, to).toDays(); start += 90) {
            Instant chunkFrom = from.plus(Duration.ofDays(start));
            Instant chunkTo = chunkFrom.plus(Duration.ofDays(90)).isAfter(to) ? to : chunkFrom.plus(Duration.ofDays(90));
            reads.occurrences(viewers.current(), reads.selection(shown), chunkFrom, chunkTo).stream()
                    .filter(FreeSlots::blocks).map(o -> new TimeSlot(o.start(), o.end())).forEach(busy::add);
        }
        return FreeSlots.find(query, busy, clock.instant());
    }

    /** Records how one occurrence went (rituals: held, time used, minutes). */
    @PreAuthorize("isAuthenticated()")
    public void recordOutcome(long eventId, Instant originalStart, OccurrenceOutcome outcome) {
        CalendarViewer viewer = viewers.current();
        CalendarEvent event = events.findById(eventId).orElseThrow(NotFoundException::new);
        if (!viewer.hr() && !CalendarAccess.mayEdit(viewer, reads.subject(viewer, event))) {
            throw new NotFoundException();
        }
        writer.recordOutcome(event, originalStart, outcome);
        publisher.publishEvent(new CalendarEventChanged(eventId, CalendarEventChanged.Type.OCCURRENCE_CHANGED));
    }

    /** The events a feature created with this source tag, oldest first. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN', 'LEADERSHIP')")
    @Transactional(readOnly = true)
    public List<Long> eventsFromSource(String source) {
        return events.findBySourceOrderByStartAt(source).stream().map(CalendarEvent::getId).toList();
    }

    /**
     * Every planned occurrence of a feature's events in [from, to), cancelled ones included, with
     * their outcomes: what ritual reports and analytics read.
     */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN', 'LEADERSHIP')")
    @Transactional(readOnly = true)
    public List<OccurrenceRecord> occurrencesFromSource(String source, Instant from, Instant to) {
        List<OccurrenceRecord> result = new ArrayList<>();
        // a planned start in the range belongs to an event starting before its end and ending after its start
        List<CalendarEvent> found = events.fromSourceOverlapping(source, from, to);
        Map<Long, List<OccurrenceState>> statesByEvent = reads.statesOf(found.stream().map(CalendarEvent::getId).toList());
        for (CalendarEvent event : found) {
            Map<Instant, OccurrenceState> states = new HashMap<>();
            statesByEvent.getOrDefault(event.getId(), List.of()).forEach(state -> states.put(state.getOriginalStart(), state));
            for (Instant planned : Recurrences.plannedStarts(event.values(), from, to)) {
                OccurrenceState state = states.get(planned);
                boolean moved = state != null && state.isMoved();
                result.add(new OccurrenceRecord(event.getId(), planned, moved ? state.getMovedStart() : planned,
                        moved ? state.getMovedEnd() : planned.plus(event.duration()),
                        state != null && state.isCancelled(),
                        state == null ? new OccurrenceOutcome(null, null, null, null) : state.outcome()));
            }
        }
        result.sort(java.util.Comparator.comparing(OccurrenceRecord::originalStart));
        return result;
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** The company calendar, the viewer's own and their team's: what a calendar view shows first. */
    private List<EventCalendar> shownFirst(CalendarViewer viewer) {
        List<EventCalendar> shown = new ArrayList<>();
        shown.add(calendars.company());
        if (viewer.personId() != null) {
            shown.add(calendars.ofPerson(viewer.personId()));
        }
        if (viewer.teamId() != null) {
            shown.add(calendars.ofTeam(viewer.teamId()));
        }
        return shown;
    }

    private CalendarEvent editable(CalendarViewer viewer, long eventId) {
        CalendarEvent event = events.findById(eventId).orElseThrow(NotFoundException::new);
        CalendarAccess.Subject subject = reads.subject(viewer, event);
        if (!CalendarAccess.mayEdit(viewer, subject)) {
            // not revealing more than "busy" about events one may not see
            throw CalendarAccess.seesDetails(viewer, subject)
                    ? new UserFacingException(null, "calendar.error.not-allowed") : new NotFoundException();
        }
        return event;
    }

    private EventCalendar writableCalendar(CalendarViewer viewer, long calendarId) {
        EventCalendar calendar = calendars.find(calendarId).orElseThrow(NotFoundException::new);
        if (!CalendarAccess.mayWrite(viewer, calendar)) {
            throw new UserFacingException("calendar", "calendar.error.not-allowed");
        }
        return calendar;
    }

    private long organiser(CalendarViewer viewer, Long requested) {
        if (requested == null || viewer.is(requested)) {
            if (viewer.personId() == null) {
                throw new UserFacingException("organiser", "calendar.error.organiser");
            }
            return viewer.personId();
        }
        if (!viewer.hr() && !viewer.admin()) {
            throw new UserFacingException("organiser", "calendar.error.not-allowed");
        }
        if (!directory.existsById(requested)) {
            throw new UserFacingException("organiser", "calendar.error.unknown-attendee");
        }
        return requested;
    }

    private EventDetails details(CalendarViewer viewer, CalendarAccess.Subject subject) {
        CalendarEvent event = subject.event();
        CalendarRef calendar = ref(subject.calendar(), viewer, teamNames());
        boolean editable = CalendarAccess.mayEdit(viewer, subject);
        boolean visible = CalendarAccess.seesDetails(viewer, subject)
                && (!event.isAbsence() || CalendarAccess.seesAbsenceReason(viewer, subject));
        if (!visible) {
            return new EventDetails(event.getId(), event.getVersion(), calendar, true, null, null, null,
                    event.getStartAt(), event.getEndAt(), event.zone(), event.isAllDay(), null, null, null,
                    event.getVisibility(), List.of(), event.getRrule(), null, null, false);
        }
        List<AttendeeRef> attendees = attendeeRefs(writer.attendeesOf(event.getId()));
        return new EventDetails(event.getId(), event.getVersion(), calendar, false, event.getTitle(),
                event.getDescription(), markdown.render(event.getDescription(), MarkdownLinks.NONE).html(),
                event.getStartAt(), event.getEndAt(), event.zone(), event.isAllDay(), event.getLocation(),
                event.getVideoUrl(), directory.findById(event.getOrganiserId()).map(CalendarPerson::ref).orElse(null),
                event.getVisibility(), attendees, event.getRrule(), event.getAbsenceType(), event.getSource(), editable);
    }

    private List<AttendeeRef> attendeeRefs(List<Attendee> attendees) {
        Map<Long, String> teamNames = teamNames();
        Map<Long, String> personNames = directory.findAllById(attendees.stream().map(Attendee::personId)
                .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(CalendarPerson::getId, CalendarPerson::fullName));
        return attendees.stream().map(a -> new AttendeeRef(a,
                a.personId() != null ? personNames.get(a.personId()) : teamNames.get(a.teamId()))).toList();
    }

    private CalendarRef ref(EventCalendar calendar, CalendarViewer viewer, Map<Long, String> teamNames) {
        String name = switch (calendar.getKind()) {
            case COMPANY -> null;
            case TEAM -> teamNames.get(calendar.getTeamId());
            case PERSONAL -> directory.findById(calendar.getOwnerId()).map(CalendarPerson::fullName).orElse(null);
        };
        return new CalendarRef(calendar.getId(), calendar.getKind(), calendar.getTeamId(), calendar.getOwnerId(), name,
                CalendarAccess.mayWrite(viewer, calendar));
    }

    private Map<Long, String> teamNames() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        for (TeamSummary team : people.teams()) {
            names.put(team.id(), team.name());
        }
        return names;
    }
}
