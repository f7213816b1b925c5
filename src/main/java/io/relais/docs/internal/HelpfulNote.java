package io.relais.docs.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reader's private answer to "was this helpful?" and why, for the document's owner. One per
 * reader and document: answering again replaces the answer.
 */
@Entity
@Table(name = "document_helpful_note")
public class HelpfulNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long documentId;
    private long authorId;
    private boolean helpful;
    private String reason;
    private Instant createdAt;

    protected HelpfulNote() {
    }

    public HelpfulNote(long documentId, long authorId) {
        this.documentId = documentId;
        this.authorId = authorId;
    }

    public void answer(boolean newHelpful, String newReason, Instant now) {
        this.helpful = newHelpful;
        this.reason = newReason;
        this.createdAt = now;
    }

    public long getAuthorId() {
        return authorId;
    }

    public boolean isHelpful() {
        return helpful;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
