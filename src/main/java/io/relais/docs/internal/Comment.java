package io.relais.docs.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A reader's comment on a document, in Markdown. Only its text changes after it is posted. */
@Entity
@Table(name = "document_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long documentId;
    private long authorId;
    private String body;
    private String submissionKey;
    private Instant createdAt;
    private Instant editedAt;

    @Version
    private long version;

    protected Comment() {
    }

    public Comment(long documentId, long authorId, String body, String submissionKey, Instant now) {
        this.documentId = documentId;
        this.authorId = authorId;
        this.body = body;
        this.submissionKey = submissionKey;
        this.createdAt = now;
    }

    public void edit(String newBody, Instant now) {
        this.body = newBody;
        this.editedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
