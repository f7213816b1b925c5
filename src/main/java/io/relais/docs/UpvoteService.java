package io.relais.docs;

import io.relais.activity.ActivityLog;
import io.relais.docs.internal.Document;
import io.relais.docs.internal.ReadableDocuments;
import io.relais.docs.internal.Upvotes;
import io.relais.docs.internal.Viewer;
import io.relais.docs.internal.Viewers;
import io.relais.platform.UserFacingException;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upvotes: one per person and document, toggled, by readers of the document other than its
 * owner (whose own vote would say nothing about its usefulness). Each toggle is an activity.
 */
@Service
@Transactional
public class UpvoteService {

    static final String UPVOTED = "UPVOTED";
    static final String UPVOTE_REMOVED = "UPVOTE_REMOVED";

    private final ReadableDocuments readable;
    private final Upvotes upvotes;
    private final Viewers viewers;
    private final ActivityLog activity;
    private final Clock clock;

    UpvoteService(ReadableDocuments readable, Upvotes upvotes, Viewers viewers, ActivityLog activity, Clock clock) {
        this.readable = readable;
        this.upvotes = upvotes;
        this.viewers = viewers;
        this.activity = activity;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public UpvoteState toggle(long documentId) {
        Viewer viewer = viewers.current();
        Document document = readable.require(documentId, viewer);
        if (!mayUpvote(document, viewer)) {
            throw new UserFacingException(null, "docs-social.error.own-document");
        }
        boolean upvoted = upvotes.toggle(documentId, viewer.personId(), clock.instant());
        activity.record(viewer.personId(), upvoted ? UPVOTED : UPVOTE_REMOVED, DocumentService.SUBJECT, documentId,
                document.getSpace().getTeamId());
        return new UpvoteState(upvoted, upvotes.count(documentId));
    }

    static boolean mayUpvote(Document document, Viewer viewer) {
        return document.getOwnerId() != viewer.personId();
    }
}
