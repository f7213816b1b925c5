package io.relais.rituals;

import io.relais.people.PersonRef;
import java.time.ZoneId;
import java.util.List;

/**
 * One ritual meeting as its page shows it.
 *
 * @param title the ritual's title
 * @param minutesPath where its minutes (or agenda) document is, {@code null} without one
 * @param calendarPath its occurrence in the calendar
 * @param mayRecord whether the caller may record how it went (its people, HR, administrators)
 * @param started whether it has begun (only then can it be recorded)
 */
public record MeetingDetails(long id, String title, String purpose, ZoneId zone, List<PersonRef> participants,
        RitualOccurrence outcome, String minutesPath, String calendarPath, boolean mayRecord, boolean started) {

    public MeetingDetails {
        participants = List.copyOf(participants);
    }
}
