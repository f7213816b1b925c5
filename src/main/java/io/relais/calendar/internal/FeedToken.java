package io.relais.calendar.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's secret feed address, kept as a SHA-256 of the token only. */
@Entity
@Table(name = "calendar_feed_token")
public class FeedToken {

    @Id
    private Long personId;
    private String tokenHash;
    private Instant createdAt;

    protected FeedToken() {
    }

    FeedToken(long personId, String tokenHash, Instant createdAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public long getPersonId() {
        return personId;
    }

    void replace(String newHash, Instant now) {
        this.tokenHash = newHash;
        this.createdAt = now;
    }
}
