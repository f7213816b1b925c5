package io.relais.calendar;

import java.time.Instant;

/** One planned occurrence of a feature's event with what is known about it (for reports). */
public record OccurrenceRecord(long eventId, Instant originalStart, Instant start, Instant end, boolean cancelled,
        OccurrenceOutcome outcome) {
}
