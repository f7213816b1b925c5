package io.relais.calendar;

import java.time.Instant;

/**
 * What happened at one occurrence (rituals report on it): whether it was held, how many minutes it
 * took, and the document holding its minutes with when it was linked. Any part may be unknown
 * ({@code null}).
 */
public record OccurrenceOutcome(Boolean held, Integer minutesUsed, Long minutesDocumentId, Instant minutesLinkedAt) {
}
