package io.relais.rituals.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One planned meeting of a ritual (a trio of one Monday, one Friday's all-hands, one newcomer
 * 1:1) with its people, the calendar occurrence it is and its minutes document. Its key, unique
 * per ritual, makes planning idempotent.
 */
@Entity
@Table(name = "ritual_meeting")
public class RitualMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ritualId;
    private String meetingKey;
    private LocalDate meetingDate;
    private Instant startsAt;
    private Instant endsAt;
    private Long eventId;
    private Long minutesDocumentId;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ritual_meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "person_id")
    private Set<Long> participantIds = new LinkedHashSet<>();

    protected RitualMeeting() {
    }

    public RitualMeeting(long ritualId, String meetingKey, LocalDate meetingDate, Instant startsAt, Instant endsAt,
            Collection<Long> participants, Instant now) {
        this.ritualId = ritualId;
        this.meetingKey = meetingKey;
        this.meetingDate = meetingDate;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.participantIds.addAll(participants);
        this.createdAt = now;
    }

    /** Links the calendar occurrence (event and planned start) and the minutes document. */
    public void link(long event, Instant occurrenceStart, Instant occurrenceEnd, Long minutesDocument) {
        this.eventId = event;
        this.startsAt = occurrenceStart;
        this.endsAt = occurrenceEnd;
        this.minutesDocumentId = minutesDocument;
    }

    public boolean involves(long personId) {
        return participantIds.contains(personId);
    }

    public Long getId() {
        return id;
    }

    public long getRitualId() {
        return ritualId;
    }

    public String getMeetingKey() {
        return meetingKey;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getMinutesDocumentId() {
        return minutesDocumentId;
    }

    public Set<Long> getParticipantIds() {
        return Set.copyOf(participantIds);
    }
}
