package io.relais.docs;

import io.relais.activity.ActivityLog;
import io.relais.docs.internal.Document;
import io.relais.docs.internal.DocumentAccess;
import io.relais.docs.internal.DocumentViews;
import io.relais.docs.internal.HelpfulNote;
import io.relais.docs.internal.HelpfulNoteRepository;
import io.relais.docs.internal.ReadableDocuments;
import io.relais.docs.internal.Viewer;
import io.relais.docs.internal.Viewers;
import io.relais.platform.NotFoundException;
import io.relais.platform.OffsetPage;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Was this helpful? Why?": a private note from a reader to the document's owner. Readers write
 * (and rewrite) their own; only the owner and administrators read them, nobody else even learns
 * how many there are.
 */
@Service
@Transactional
public class HelpfulNoteService {

    public static final int MAX_REASON = 1000;
    static final String NOTED = "HELPFUL_NOTE";

    private final ReadableDocuments readable;
    private final HelpfulNoteRepository notes;
    private final DocumentViews views;
    private final Viewers viewers;
    private final ActivityLog activity;
    private final Clock clock;

    HelpfulNoteService(ReadableDocuments readable, HelpfulNoteRepository notes, DocumentViews views,
            Viewers viewers, ActivityLog activity, Clock clock) {
        this.readable = readable;
        this.notes = notes;
        this.views = views;
        this.viewers = viewers;
        this.activity = activity;
        this.clock = clock;
    }

    /** Saves the caller's answer about a document they may read, replacing an earlier one. */
    @PreAuthorize("isAuthenticated()")
    public void answer(long documentId, boolean helpful, String reason) {
        Viewer viewer = viewers.current();
        Document document = readable.require(documentId, viewer);
        if (document.getOwnerId() == viewer.personId()) {
            throw new UserFacingException(null, "docs-social.error.own-document");
        }
        String text = TextInput.wellFormed("reason", reason == null ? "" : reason.strip().replace("\u0000", ""));
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw new UserFacingException("reason", "validation.too-long", MAX_REASON);
        }
        HelpfulNote note = notes.findByDocumentIdAndAuthorId(documentId, viewer.personId())
                .orElseGet(() -> new HelpfulNote(documentId, viewer.personId()));
        note.answer(helpful, text, clock.instant());
        notes.save(note);
        activity.record(viewer.personId(), NOTED, DocumentService.SUBJECT, documentId, document.getSpace().getTeamId());
    }

    /** The caller's own answer about a document, if they gave one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<HelpfulNoteView> mine(long documentId) {
        Viewer viewer = viewers.current();
        readable.require(documentId, viewer);
        return notes.findByDocumentIdAndAuthorId(documentId, viewer.personId()).map(this::view);
    }

    /** The notes readers left on a document, newest first: for its owner and administrators only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HelpfulNoteView> forOwner(long documentId, int offset, int limit) {
        requireOwner(documentId);
        return notes.findByDocumentIdOrderByCreatedAtDescIdDesc(documentId, OffsetPage.of(offset, limit, Sort.unsorted()))
                .stream().map(this::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countForOwner(long documentId) {
        requireOwner(documentId);
        return notes.countByDocumentId(documentId);
    }

    private void requireOwner(long documentId) {
        Viewer viewer = viewers.current();
        if (!DocumentAccess.canManage(readable.require(documentId, viewer), viewer)) {
            throw new NotFoundException();
        }
    }

    private HelpfulNoteView view(HelpfulNote note) {
        return new HelpfulNoteView(views.person(note.getAuthorId()), note.isHelpful(), note.getReason(), note.getCreatedAt());
    }
}
