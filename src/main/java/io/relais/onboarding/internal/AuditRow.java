package io.relais.onboarding.internal;

import io.relais.onboarding.AuditAction;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable line of a checklist's audit trail. */
@Entity
@Table(name = "onboarding_audit")
public class AuditRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long onboardingId;
    private Long itemId;
    private Long actorId;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private String comment;
    private Instant occurredAt;

    protected AuditRow() {
    }

    public AuditRow(long onboardingId, Long itemId, Long actorId, AuditAction action, String comment, Instant at) {
        this.onboardingId = onboardingId;
        this.itemId = itemId;
        this.actorId = actorId;
        this.action = action;
        this.comment = comment;
        this.occurredAt = at;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getActorId() {
        return actorId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
