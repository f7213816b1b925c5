package io.relais.calendar;

import io.relais.people.PersonRef;
import java.time.Instant;

/**
 * One occurrence of an event in a range, as the caller may see it.
 *
 * @param originalStart the start the series planned for it (its RECURRENCE-ID), which identifies it
 * @param title {@code null} when {@code busyOnly}
 * @param busyOnly the caller may only know that this time is taken
 * @param absenceType the kind of absence; {@code null} for events, and for absences whose reason
 *     the caller may not know (sick leave is told to the person and HR only)
 * @param absentee whose absence this is, for absences
 * @param editable whether the caller may move or change it
 */
public record Occurrence(
        long eventId,
        Instant originalStart,
        Instant start,
        Instant end,
        boolean allDay,
        String title,
        boolean busyOnly,
        EventVisibility visibility,
        CalendarKind calendarKind,
        boolean absence,
        AbsenceType absenceType,
        PersonRef absentee,
        boolean recurring,
        boolean editable) {

    /** Identifies the occurrence across reloads (event id and planned start). */
    public String key() {
        return eventId + "@" + originalStart.toEpochMilli();
    }
}
