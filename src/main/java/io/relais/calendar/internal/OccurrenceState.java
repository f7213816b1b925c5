package io.relais.calendar.internal;

import io.relais.calendar.OccurrenceOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * What is known about one planned occurrence: moved (RECURRENCE-ID with new times), cancelled
 * (EXDATE), and its outcome. Identified by the event and the start the series planned for it.
 */
@Entity
@Table(name = "calendar_occurrence")
@IdClass(OccurrenceState.Key.class)
public class OccurrenceState {

    public record Key(Long eventId, Instant originalStart) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long eventId;

    @Id
    private Instant originalStart;

    private boolean cancelled;
    private Instant movedStart;
    private Instant movedEnd;
    private Boolean held;
    private Integer minutesUsed;
    private Long minutesDocumentId;
    private Instant minutesLinkedAt;

    protected OccurrenceState() {
    }

    OccurrenceState(long eventId, Instant originalStart) {
        this.eventId = eventId;
        this.originalStart = originalStart;
    }

    void cancel() {
        this.cancelled = true;
        this.movedStart = null;
        this.movedEnd = null;
    }

    void move(Instant start, Instant end) {
        this.cancelled = false;
        this.movedStart = start;
        this.movedEnd = end;
    }

    void record(OccurrenceOutcome outcome) {
        this.held = outcome.held();
        this.minutesUsed = outcome.minutesUsed();
        this.minutesDocumentId = outcome.minutesDocumentId();
        this.minutesLinkedAt = outcome.minutesLinkedAt();
    }

    public long getEventId() {
        return eventId;
    }

    public Instant getOriginalStart() {
        return originalStart;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isMoved() {
        return movedStart != null;
    }

    public Instant getMovedStart() {
        return movedStart;
    }

    public Instant getMovedEnd() {
        return movedEnd;
    }

    public OccurrenceOutcome outcome() {
        return new OccurrenceOutcome(held, minutesUsed, minutesDocumentId, minutesLinkedAt);
    }
}
