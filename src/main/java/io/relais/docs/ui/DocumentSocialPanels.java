package io.relais.docs.ui;

import io.relais.docs.CommentService;
import io.relais.docs.DocumentDetails;
import io.relais.docs.HelpfulNoteService;
import io.relais.docs.ReadingStats;
import io.relais.docs.UpvoteService;
import org.springframework.stereotype.Component;

/**
 * What a document page shows around the document itself: its reading figures with upvote and
 * "was this helpful?", and its comments. One place builds them, so {@link DocumentView} only
 * places them.
 */
@Component
class DocumentSocialPanels {

    private final ReadingStats stats;
    private final UpvoteService upvotes;
    private final HelpfulNoteService notes;
    private final CommentService comments;

    DocumentSocialPanels(ReadingStats stats, UpvoteService upvotes, HelpfulNoteService notes, CommentService comments) {
        this.stats = stats;
        this.upvotes = upvotes;
        this.notes = notes;
        this.comments = comments;
    }

    /** Counts the reader's view of the page (not any other read of the document). */
    void countView(DocumentDetails document) {
        stats.recordView(document.id());
    }

    DocumentStatsBar statsBar(DocumentDetails document) {
        return new DocumentStatsBar(document, stats, upvotes, notes);
    }

    /** The comments, scrolled to {@code focusCommentId} when a notification led here. */
    CommentsPanel comments(DocumentDetails document, Long focusCommentId) {
        return new CommentsPanel(document.id(), comments, focusCommentId);
    }
}
