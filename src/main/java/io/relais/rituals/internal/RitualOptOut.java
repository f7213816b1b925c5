package io.relais.rituals.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A person who chose not to take part in a ritual. */
@Entity
@Table(name = "ritual_opt_out")
@IdClass(RitualOptOut.Key.class)
public class RitualOptOut {

    public record Key(Long ritualId, Long personId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long ritualId;

    @Id
    private Long personId;

    private Instant createdAt;

    protected RitualOptOut() {
    }

    public RitualOptOut(long ritualId, long personId, Instant createdAt) {
        this.ritualId = ritualId;
        this.personId = personId;
        this.createdAt = createdAt;
    }

    public long getPersonId() {
        return personId;
    }
}
