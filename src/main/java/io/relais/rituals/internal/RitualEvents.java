package io.relais.rituals.internal;

import io.relais.calendar.Attendee;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventVisibility;
import io.relais.docs.DocumentDetails;
import io.relais.rituals.RitualSettings;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Puts a ritual meeting in the calendars: on its organiser's own calendar, with the other people
 * invited (so it shows on theirs, in their feeds and blocks their free time), tagged with the
 * ritual's source so reports find it again.
 */
@Component
public class RitualEvents {

    private final CalendarService calendar;

    RitualEvents(CalendarService calendar) {
        this.calendar = calendar;
    }

    static String source(RitualSettings ritual) {
        return source(ritual.id());
    }

    /** The source tag of a ritual's events ({@code ritual:<id>}), by which reports find them. */
    public static String source(long ritualId) {
        return "ritual:" + ritualId;
    }

    /** The description every ritual event carries: its purpose, its page and its minutes. */
    static String description(RitualSettings ritual, long meetingId, DocumentDetails minutes) {
        return ritual.purpose() + "\n\n- [" + ritual.title() + "](" + MeetingPaths.of(meetingId) + ")\n- ["
                + minutes.title() + "](" + minutes.path() + ")";
    }

    long create(RitualSettings ritual, String title, LocalDateTime start, long organiserId, Collection<Long> others,
            EventVisibility visibility, String description) {
        List<Attendee> attendees = others.stream().filter(id -> id != organiserId).map(Attendee::person).toList();
        EventForm form = EventForm.timed(calendar.personalCalendar(organiserId).id(), title, start,
                        start.plus(ritual.budget()), ritual.zone())
                .withDescription(description).withAttendees(attendees).withVisibility(visibility)
                .plannedBy(organiserId, source(ritual));
        return calendar.create(form);
    }
}
