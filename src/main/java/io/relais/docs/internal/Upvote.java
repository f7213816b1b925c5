package io.relais.docs.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An upvote, as the rankings read it (written by {@link Upvotes}). */
@Entity
@Immutable
@Table(name = "document_upvote")
@IdClass(Upvote.Key.class)
public class Upvote {

    @Id
    private long documentId;
    @Id
    private long personId;
    private Instant createdAt;

    protected Upvote() {
    }

    public record Key(long documentId, long personId) implements Serializable {
    }
}
