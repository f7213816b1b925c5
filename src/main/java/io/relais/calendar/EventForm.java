package io.relais.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What an event is, as a person types it or another feature plans it: local start and end in the
 * event's zone (for an all-day event, midnight of the first day and midnight after the last).
 *
 * @param description Markdown, rendered and sanitized when shown
 * @param recurrence {@code null} for a single event
 * @param organiserId who organises it; {@code null} for the caller. Only HR and ADMIN (and system
 *     tasks running as them) may name somebody else.
 * @param source what created it, for features that manage their own events (e.g. {@code ritual:12});
 *     {@code null} for events people create
 */
public record EventForm(
        long calendarId,
        String title,
        String description,
        LocalDateTime start,
        LocalDateTime end,
        ZoneId zone,
        boolean allDay,
        String location,
        String videoUrl,
        EventVisibility visibility,
        List<Attendee> attendees,
        Recurrence recurrence,
        Long organiserId,
        String source) {

    public EventForm {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** A timed event without attendees, recurrence or place: the usual starting point. */
    public static EventForm timed(long calendarId, String title, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new EventForm(calendarId, title, null, start, end, zone, false, null, null, EventVisibility.COMPANY,
                List.of(), null, null, null);
    }

    /** An all-day event from the first to the last day, both included. */
    public static EventForm allDay(long calendarId, String title, LocalDate first, LocalDate last, ZoneId zone) {
        return new EventForm(calendarId, title, null, first.atStartOfDay(), last.plusDays(1).atStartOfDay(), zone, true,
                null, null, EventVisibility.COMPANY, List.of(), null, null, null);
    }

    public EventForm withDescription(String newDescription) {
        return new EventForm(calendarId, title, newDescription, start, end, zone, allDay, location, videoUrl,
                visibility, attendees, recurrence, organiserId, source);
    }

    public EventForm withPlace(String newLocation, String newVideoUrl) {
        return new EventForm(calendarId, title, description, start, end, zone, allDay, newLocation, newVideoUrl,
                visibility, attendees, recurrence, organiserId, source);
    }

    public EventForm withVisibility(EventVisibility newVisibility) {
        return new EventForm(calendarId, title, description, start, end, zone, allDay, location, videoUrl,
                newVisibility, attendees, recurrence, organiserId, source);
    }

    public EventForm withAttendees(List<Attendee> newAttendees) {
        return new EventForm(calendarId, title, description, start, end, zone, allDay, location, videoUrl,
                visibility, newAttendees, recurrence, organiserId, source);
    }

    public EventForm withRecurrence(Recurrence newRecurrence) {
        return new EventForm(calendarId, title, description, start, end, zone, allDay, location, videoUrl,
                visibility, attendees, newRecurrence, organiserId, source);
    }

    public EventForm withTimes(LocalDateTime newStart, LocalDateTime newEnd) {
        return new EventForm(calendarId, title, description, newStart, newEnd, zone, allDay, location, videoUrl,
                visibility, attendees, recurrence, organiserId, source);
    }

    /** Planned by a feature on somebody's behalf (HR/ADMIN or a system task only). */
    public EventForm plannedBy(Long newOrganiserId, String newSource) {
        return new EventForm(calendarId, title, description, start, end, zone, allDay, location, videoUrl,
                visibility, attendees, recurrence, newOrganiserId, newSource);
    }
}
