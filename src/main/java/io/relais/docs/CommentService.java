package io.relais.docs;

import io.relais.activity.ActivityLog;
import io.relais.docs.internal.Comment;
import io.relais.docs.internal.CommentRepository;
import io.relais.docs.internal.Document;
import io.relais.docs.internal.DocumentAccess;
import io.relais.docs.internal.DocumentViews;
import io.relais.docs.internal.ReadableDocuments;
import io.relais.docs.internal.Viewer;
import io.relais.docs.internal.Viewers;
import io.relais.notifications.NotificationService;
import io.relais.platform.NotFoundException;
import io.relais.platform.OffsetPage;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import io.relais.platform.markdown.RenderedMarkdown;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on documents, in Markdown with {@code @prenom.nom} mentions. Only people who may read
 * a document list or write its comments; a comment's author (or an administrator) edits or
 * deletes it. A mentioned person hears about it only if they may read the document, so a
 * notification never reveals a document; the document's owner hears about new comments.
 */
@Service
@Transactional
public class CommentService {

    public static final int MAX_LENGTH = 10_000;
    static final String COMMENTED = "COMMENTED";
    static final String COMMENT_EDITED = "COMMENT_EDITED";
    static final String COMMENT_DELETED = "COMMENT_DELETED";
    private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final ReadableDocuments readable;
    private final CommentRepository comments;
    private final DocumentViews views;
    private final Viewers viewers;
    private final ActivityLog activity;
    private final NotificationService notifications;
    private final Clock clock;

    CommentService(ReadableDocuments readable, CommentRepository comments, DocumentViews views, Viewers viewers,
            ActivityLog activity, NotificationService notifications, Clock clock) {
        this.readable = readable;
        this.comments = comments;
        this.views = views;
        this.viewers = viewers;
        this.activity = activity;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A page of a document's comments, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommentView> list(long documentId, int offset, int limit) {
        Viewer viewer = viewers.current();
        Document document = readable.require(documentId, viewer);
        return comments.findByDocumentIdOrderByCreatedAtAscIdAsc(documentId, OffsetPage.of(offset, limit, Sort.unsorted()))
                .stream().map(comment -> view(comment, document, viewer)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(long documentId) {
        readable.require(documentId, viewers.current());
        return comments.countByDocumentId(documentId);
    }

    /**
     * Posts a comment. {@code submissionKey} identifies this submission (the composer makes a new
     * one for every comment it sends): the same key sent again answers the comment already saved
     * instead of posting it twice.
     */
    @PreAuthorize("isAuthenticated()")
    public CommentView add(long documentId, String markdown, String submissionKey) {
        Viewer viewer = viewers.current();
        Document document = readable.require(documentId, viewer);
        if (submissionKey == null || !SUBMISSION_KEY.matcher(submissionKey).matches()) {
            throw new IllegalArgumentException("A comment needs a submission key of 8 to 64 letters, digits or dashes");
        }
        var earlier = comments.findByAuthorIdAndSubmissionKey(viewer.personId(), submissionKey)
                .filter(comment -> comment.getDocumentId() == documentId);
        if (earlier.isPresent()) {
            return view(earlier.get(), document, viewer);
        }
        Comment comment = comments.save(new Comment(documentId, viewer.personId(), text(markdown), submissionKey,
                clock.instant()));
        activity.record(viewer.personId(), COMMENTED, DocumentService.SUBJECT, documentId, document.getSpace().getTeamId());
        Set<Long> told = notifyMentioned(document, comment, viewer, Set.of());
        if (document.getOwnerId() != viewer.personId() && !told.contains(document.getOwnerId())) {
            notifications.notify(document.getOwnerId(), "docs-social.notification.commented", link(document, comment),
                    views.person(viewer.personId()).fullName(), document.getTitle());
        }
        return view(comment, document, viewer);
    }

    /** Changes a comment's text; people mentioned for the first time hear about it. */
    @PreAuthorize("isAuthenticated()")
    public CommentView edit(long commentId, String markdown) {
        Viewer viewer = viewers.current();
        Comment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        Document document = readable.require(comment.getDocumentId(), viewer);
        requireAuthor(comment, viewer);
        Set<Long> before = render(comment.getBody(), document, viewer).mentionedPersonIds();
        comment.edit(text(markdown), clock.instant());
        activity.record(viewer.personId(), COMMENT_EDITED, DocumentService.SUBJECT, document.getId(),
                document.getSpace().getTeamId());
        notifyMentioned(document, comment, viewer, before);
        comments.flush();
        return view(comment, document, viewer);
    }

    @PreAuthorize("isAuthenticated()")
    public void delete(long commentId) {
        Viewer viewer = viewers.current();
        Comment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        Document document = readable.require(comment.getDocumentId(), viewer);
        requireAuthor(comment, viewer);
        comments.delete(comment);
        activity.record(viewer.personId(), COMMENT_DELETED, DocumentService.SUBJECT, document.getId(),
                document.getSpace().getTeamId());
    }

    private static void requireAuthor(Comment comment, Viewer viewer) {
        if (!mayChange(comment, viewer)) {
            throw new UserFacingException(null, "docs-social.error.not-your-comment");
        }
    }

    private static boolean mayChange(Comment comment, Viewer viewer) {
        return viewer.admin() || comment.getAuthorId() == viewer.personId();
    }

    private static String text(String markdown) {
        String text = markdown == null ? "" : markdown.strip().replace("\u0000", "");
        if (text.isEmpty()) {
            throw new UserFacingException("body", "validation.required");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new UserFacingException("body", "validation.too-long", MAX_LENGTH);
        }
        return TextInput.wellFormed("body", text);
    }

    /** Notifies the people mentioned (except {@code alreadyMentioned}) who may read the document; answers who. */
    private Set<Long> notifyMentioned(Document document, Comment comment, Viewer author, Set<Long> alreadyMentioned) {
        Set<Long> mentioned = new HashSet<>(render(comment.getBody(), document, author).mentionedPersonIds());
        mentioned.removeAll(alreadyMentioned);
        mentioned.remove(author.personId());
        Set<Long> told = new HashSet<>();
        for (long personId : mentioned) {
            if (DocumentAccess.canRead(document, viewers.of(personId))) {
                notifications.notify(personId, "docs-social.notification.mentioned", link(document, comment),
                        views.person(author.personId()).fullName(), document.getTitle());
                told.add(personId);
            }
        }
        return told;
    }

    /** The document page, scrolled to the comment. */
    private static String link(Document document, Comment comment) {
        return DocumentPaths.of(document.getId(), document.getSlug()) + "?comment=" + comment.getId();
    }

    private RenderedMarkdown render(String markdown, Document document, Viewer viewer) {
        return views.render(markdown, document.getSpace().getId(), viewer);
    }

    private CommentView view(Comment comment, Document document, Viewer viewer) {
        return new CommentView(comment.getId(), document.getId(), views.person(comment.getAuthorId()), comment.getBody(),
                render(comment.getBody(), document, viewer).html(), comment.getCreatedAt(), comment.getEditedAt(),
                mayChange(comment, viewer));
    }
}
