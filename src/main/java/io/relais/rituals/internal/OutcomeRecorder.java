package io.relais.rituals.internal;

import io.relais.calendar.CalendarService;
import io.relais.calendar.OccurrenceOutcome;
import io.relais.calendar.OccurrenceRecord;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a meeting's outcome to its calendar occurrence, keeping what is already known. Runs as
 * HR: the rituals module lets a meeting's people record it though they may not edit its event.
 */
@Component
public class OutcomeRecorder {

    private final CalendarService calendar;

    OutcomeRecorder(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** Held and time used, as somebody recorded them. */
    public void record(RitualMeeting meeting, Boolean held, Integer minutesUsed) {
        SystemTask.runAs(List.of(Roles.HR), () -> {
            OccurrenceOutcome known = current(meeting);
            calendar.recordOutcome(meeting.getEventId(), meeting.getStartsAt(),
                    new OccurrenceOutcome(held, minutesUsed, meeting.getMinutesDocumentId(), known.minutesLinkedAt()));
            return null;
        });
    }

    /** The minutes were first written at {@code at}; a meeting with minutes was held unless somebody said otherwise. */
    void minutesWritten(RitualMeeting meeting, Instant at) {
        SystemTask.runAs(List.of(Roles.HR), () -> {
            OccurrenceOutcome known = current(meeting);
            if (known.minutesLinkedAt() == null) {
                calendar.recordOutcome(meeting.getEventId(), meeting.getStartsAt(), new OccurrenceOutcome(
                        known.held() == null ? Boolean.TRUE : known.held(), known.minutesUsed(),
                        meeting.getMinutesDocumentId(), at));
            }
            return null;
        });
    }

    private OccurrenceOutcome current(RitualMeeting meeting) {
        return calendar.occurrencesFromSource(RitualEvents.source(meeting.getRitualId()), meeting.getStartsAt(), meeting.getStartsAt().plusMillis(1)).stream()
                .filter(record -> record.eventId() == meeting.getEventId()).map(OccurrenceRecord::outcome).findFirst()
                .orElse(new OccurrenceOutcome(null, null, null, null));
    }
}
