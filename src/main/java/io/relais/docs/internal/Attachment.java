package io.relais.docs.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file attached to a document. The file itself lives on disk under a server-generated name;
 * the name people gave it is only ever shown and offered on download, never used as a path.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long documentId;
    private String fileName;
    private String storageName;
    private String contentType;
    private long sizeBytes;
    private String extractedText;
    private long uploadedBy;
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(long documentId, String fileName, String storageName, String contentType, long sizeBytes,
            String extractedText, long uploadedBy, Instant uploadedAt) {
        this.documentId = documentId;
        this.fileName = fileName;
        this.storageName = storageName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.extractedText = extractedText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStorageName() {
        return storageName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
