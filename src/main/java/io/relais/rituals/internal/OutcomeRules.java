package io.relais.rituals.internal;

import io.relais.calendar.OccurrenceOutcome;
import io.relais.calendar.OccurrenceRecord;
import io.relais.rituals.RitualOccurrence;
import io.relais.rituals.RitualSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns what the calendar knows about an occurrence into a ritual's outcome. The minutes count as
 * written when their document is first saved after the meeting began ({@code minutesLinkedAt}
 * of the calendar outcome); writing them implies the meeting was held.
 */
public final class OutcomeRules {

    public static final Duration MINUTES_DEADLINE = Duration.ofHours(24);

    private OutcomeRules() {
    }

    public static RitualOccurrence evaluate(RitualSettings ritual, RitualMeeting meeting, OccurrenceRecord record,
            Instant now) {
        OccurrenceOutcome outcome = record == null ? new OccurrenceOutcome(null, null, null, null) : record.outcome();
        boolean cancelled = record != null && record.cancelled();
        Instant start = record == null ? meeting.getStartsAt() : record.start();
        Instant end = record == null ? meeting.getEndsAt() : record.end();
        Instant written = outcome.minutesLinkedAt();
        Boolean held = outcome.held();
        if (held == null && cancelled) {
            held = false;
        } else if (held == null && written != null) {
            held = true;
        }
        Boolean withinBudget = outcome.minutesUsed() == null || Boolean.FALSE.equals(held) ? null
                : outcome.minutesUsed() <= ritual.durationMinutes();
        Instant deadline = end.plus(MINUTES_DEADLINE);
        Boolean minutesInTime;
        if (written != null) {
            minutesInTime = !written.isAfter(deadline);
        } else {
            minutesInTime = now.isAfter(deadline) ? Boolean.FALSE : null;
        }
        if (Boolean.FALSE.equals(held)) {
            minutesInTime = written == null ? null : minutesInTime;
        }
        Long document = outcome.minutesDocumentId() != null ? outcome.minutesDocumentId() : meeting.getMinutesDocumentId();
        return new RitualOccurrence(meeting.getId(), ritual.kind(), meeting.getMeetingDate(), start, end,
                List.copyOf(meeting.getParticipantIds()).stream().sorted().toList(), cancelled, held,
                outcome.minutesUsed(), ritual.durationMinutes(), withinBudget, document, written, minutesInTime);
    }
}
