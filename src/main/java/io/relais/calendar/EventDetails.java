package io.relais.calendar;

import io.relais.people.PersonRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An event as the caller may see it. When {@code busyOnly}, only the times, the calendar and
 * whether it repeats are filled in: title, description, place, organiser and attendees are not.
 *
 * @param descriptionHtml the Markdown description rendered and sanitized
 */
public record EventDetails(
        long id,
        long version,
        CalendarRef calendar,
        boolean busyOnly,
        String title,
        String description,
        String descriptionHtml,
        Instant start,
        Instant end,
        ZoneId zone,
        boolean allDay,
        String location,
        String videoUrl,
        PersonRef organiser,
        EventVisibility visibility,
        List<AttendeeRef> attendees,
        String rrule,
        AbsenceType absenceType,
        String source,
        boolean editable) {

    public boolean recurring() {
        return rrule != null;
    }
}
