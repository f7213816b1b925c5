package io.relais.activity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One immutable line of the activity log: no setters, nothing ever updates it. */
@Entity
@Table(name = "activity")
public class ActivityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private Long actorPersonId;
    private String action;
    private String subjectType;
    private long subjectId;
    private Long teamId;

    protected ActivityEntry() {
    }

    public ActivityEntry(Instant occurredAt, Long actorPersonId, String action, String subjectType,
            long subjectId, Long teamId) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorPersonId = actorPersonId;
        this.action = requireCode(action);
        this.subjectType = requireCode(subjectType);
        this.subjectId = subjectId;
        this.teamId = teamId;
    }

    private static String requireCode(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new IllegalArgumentException("Activity codes are 1 to 40 characters: " + code);
        }
        return code;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorPersonId() {
        return actorPersonId;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Long getTeamId() {
        return teamId;
    }
}
