package io.relais.rituals;

import java.time.Instant;

/**
 * A ritual meeting the caller takes part in, as their day lists it.
 *
 * @param ritualTitle the ritual's title ("Trio du lundi")
 * @param eventId the calendar event it is an occurrence of
 * @param originalStart that occurrence's planned start (its identity in the series)
 * @param path the meeting's page, where its people record how it went
 * @param minutesPath its minutes (for the all-hands: the agenda to fill in), {@code null} without
 */
public record MyRitualMeeting(long meetingId, RitualKind kind, String ritualTitle, long eventId,
        Instant originalStart, String path, String minutesPath) {
}
