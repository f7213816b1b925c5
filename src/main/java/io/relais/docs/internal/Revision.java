package io.relais.docs.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A full snapshot of a document as one save left it; never changed afterwards. */
@Entity
@Table(name = "document_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long documentId;
    private int number;
    private String title;
    private String body;
    /** The kind-specific fields as "label: value" lines, so they diff like the body. */
    private String kindFields;
    private long authorId;
    private Instant createdAt;
    private Integer restoredFrom;

    protected Revision() {
    }

    public Revision(long documentId, int number, String title, String body, String kindFields,
            long authorId, Instant createdAt, Integer restoredFrom) {
        this.documentId = documentId;
        this.number = number;
        this.title = title;
        this.body = body;
        this.kindFields = kindFields;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.restoredFrom = restoredFrom;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getKindFields() {
        return kindFields;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }
}
