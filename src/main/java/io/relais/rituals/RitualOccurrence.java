package io.relais.rituals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How one meeting of a ritual went, for reports and analytics. {@code null} means "not known
 * (yet)": a meeting still ahead, nobody recorded it, or its minutes may still come in time.
 *
 * @param start the occurrence's start (moved occurrences: the new one)
 * @param held recorded by a participant or HR; else false when cancelled, true once minutes were written
 * @param withinBudget whether the time used stayed within the ritual's duration, when recorded
 * @param minutesWrittenAt when its minutes document was first saved after the meeting began
 * @param minutesWithin24h minutes written at most 24 hours after the meeting's end; {@code null}
 *     while that window is still open and nothing was written
 */
public record RitualOccurrence(long meetingId, RitualKind kind, LocalDate date, Instant start, Instant end,
        List<Long> participantIds, boolean cancelled, Boolean held, Integer minutesUsed, int budgetMinutes,
        Boolean withinBudget, Long minutesDocumentId, Instant minutesWrittenAt, Boolean minutesWithin24h) {

    public RitualOccurrence {
        participantIds = List.copyOf(participantIds);
    }
}
