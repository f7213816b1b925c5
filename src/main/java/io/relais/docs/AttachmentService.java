package io.relais.docs;

import io.relais.activity.ActivityLog;
import io.relais.docs.internal.Attachment;
import io.relais.docs.internal.AttachmentFiles;
import io.relais.docs.internal.AttachmentProperties;
import io.relais.docs.internal.AttachmentRepository;
import io.relais.docs.internal.AttachmentTextExtractor;
import io.relais.docs.internal.AttachmentTypes;
import io.relais.docs.internal.Document;
import io.relais.docs.internal.DocumentAccess;
import io.relais.docs.internal.DocumentRepository;
import io.relais.docs.internal.DocumentViews;
import io.relais.docs.internal.FileNames;
import io.relais.docs.internal.Viewer;
import io.relais.docs.internal.Viewers;
import io.relais.platform.AfterCommit;
import io.relais.platform.NotFoundException;
import io.relais.platform.NotPermittedException;
import io.relais.platform.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files attached to documents. Readers of a document list and download its attachments; people
 * who may edit it add and remove them. An upload is received to a temporary file, checked (size,
 * allowed extension, type detected from its bytes, zip-bomb limits), its text extracted, and only
 * then recorded, in a short transaction: the slow work holds no database connection. Each change
 * publishes {@link DocumentChanged} ({@code ATTACHMENTS_CHANGED}) so search re-indexes the document.
 */
@Service
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    private final AttachmentRepository attachments;
    private final DocumentRepository documents;
    private final AttachmentFiles files;
    private final AttachmentTypes types;
    private final AttachmentTextExtractor extractor;
    private final AttachmentProperties limits;
    private final DocumentViews views;
    private final Viewers viewers;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;

    AttachmentService(AttachmentRepository attachments, DocumentRepository documents, AttachmentFiles files,
            AttachmentTypes types, AttachmentTextExtractor extractor, AttachmentProperties limits,
            DocumentViews views, Viewers viewers, ActivityLog activity, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.attachments = attachments;
        this.documents = documents;
        this.files = files;
        this.types = types;
        this.extractor = extractor;
        this.limits = limits;
        this.views = views;
        this.viewers = viewers;
        this.activity = activity;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /** The file extensions accepted, lower case, without dots. */
    @PreAuthorize("isAuthenticated()")
    public List<String> acceptedExtensions() {
        return AttachmentTypes.EXTENSIONS;
    }

    /** The largest file accepted, for the upload component's own check. */
    @PreAuthorize("isAuthenticated()")
    public long maxSizeBytes() {
        return limits.maxSize().toBytes();
    }

    @PreAuthorize("isAuthenticated()")
    public List<AttachmentSummary> list(long documentId) {
        return reading.execute(status -> {
            readable(documentId, viewers.current());
            return attachments.findByDocumentIdOrderByUploadedAtAscIdAsc(documentId).stream().map(this::summary).toList();
        });
    }

    /**
     * Attaches a file to a document the caller may edit.
     *
     * @param originalName the name the person's computer gave the file (only shown, never a path)
     * @throws UserFacingException naming the field {@code file} when the file is refused
     */
    @PreAuthorize("isAuthenticated()")
    public AttachmentSummary upload(long documentId, String originalName, InputStream content) {
        Viewer viewer = viewers.current();
        reading.executeWithoutResult(status -> editable(documentId, viewer));
        String fileName = FileNames.sanitise(originalName);
        types.checkName(fileName);
        Path received = null;
        try {
            received = files.receive(content, limits.maxSize().toBytes(), limits.maxSize().toMegabytes());
            String contentType = types.inspect(received, fileName);
            long size = Files.size(received);
            String text = extractor.extract(received);
            Path checked = received;
            return writing.execute(status -> record(documentId, viewer, checked, fileName, contentType, size, text));
        } catch (IOException | UncheckedIOException failure) {
            log.error("Could not store an attachment of document {}", documentId, failure);
            throw new UserFacingException("file", "attachments.error.storage");
        } finally {
            if (received != null) {
                files.discard(received); // already moved away when kept
            }
        }
    }

    /** Removes an attachment; its file is deleted once the removal is committed. */
    @PreAuthorize("isAuthenticated()")
    public void delete(long attachmentId) {
        writing.executeWithoutResult(status -> {
            Viewer viewer = viewers.current();
            Attachment attachment = attachments.findById(attachmentId).orElseThrow(NotFoundException::new);
            Document document = editable(attachment.getDocumentId(), viewer);
            attachments.delete(attachment);
            changed(document, viewer, "ATTACHMENT_REMOVED");
            String storageName = attachment.getStorageName();
            AfterCommit.run(() -> files.delete(storageName));
        });
    }

    /** An attachment to download; "not found" when its document may not be read by the caller. */
    @PreAuthorize("isAuthenticated()")
    public AttachmentContent open(long attachmentId) {
        return reading.execute(status -> {
            Attachment attachment = attachments.findById(attachmentId).orElseThrow(NotFoundException::new);
            readable(attachment.getDocumentId(), viewers.current());
            Path file = files.path(attachment.getStorageName());
            if (!Files.isRegularFile(file)) {
                log.error("Attachment {} has no file {}", attachmentId, file);
                throw new NotFoundException();
            }
            return new AttachmentContent(attachment.getFileName(), attachment.getContentType(),
                    attachment.getSizeBytes(), file);
        });
    }

    /**
     * The extracted texts of a document's attachments, for the search indexer, which runs as a
     * system task and applies each reader's permissions at query time.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AttachmentText> indexableTexts(long documentId) {
        return reading.execute(status -> attachments.findByDocumentIdOrderByUploadedAtAscIdAsc(documentId).stream()
                .filter(attachment -> attachment.getExtractedText() != null)
                .map(attachment -> new AttachmentText(attachment.getId(), attachment.getFileName(),
                        attachment.getExtractedText()))
                .toList());
    }

    private AttachmentSummary record(long documentId, Viewer viewer, Path checked, String fileName,
            String contentType, long size, String text) {
        Document document = editable(documentId, viewer); // again: rights may have changed meanwhile
        String storageName;
        try {
            storageName = files.keep(checked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int outcome) {
                if (outcome != STATUS_COMMITTED) {
                    files.delete(storageName);
                }
            }
        });
        Attachment attachment = attachments.save(new Attachment(documentId, fileName, storageName, contentType, size,
                text, viewer.personId(), clock.instant()));
        changed(document, viewer, "ATTACHMENT_ADDED");
        return summary(attachment);
    }

    private Document readable(long documentId, Viewer viewer) {
        Document document = documents.findByIdAndDeletedAtIsNull(documentId).orElseThrow(NotFoundException::new);
        if (!DocumentAccess.canRead(document, viewer)) {
            throw new NotFoundException();
        }
        return document;
    }

    private Document editable(long documentId, Viewer viewer) {
        Document document = readable(documentId, viewer);
        if (!DocumentAccess.canEdit(document, viewer)) {
            throw new NotPermittedException("docs.error.read-only");
        }
        return document;
    }

    private void changed(Document document, Viewer viewer, String action) {
        events.publishEvent(new DocumentChanged(document.getId(), DocumentChanged.Type.ATTACHMENTS_CHANGED));
        activity.record(viewer.personId(), action, DocumentService.SUBJECT, document.getId(), document.getSpace().getTeamId());
    }

    private AttachmentSummary summary(Attachment attachment) {
        return new AttachmentSummary(attachment.getId(), attachment.getDocumentId(), attachment.getFileName(),
                attachment.getContentType(), attachment.getSizeBytes(), views.person(attachment.getUploadedBy()),
                attachment.getUploadedAt(), attachment.getExtractedText() != null);
    }
}
