package io.relais.docs;

import io.relais.docs.internal.Document;
import io.relais.docs.internal.DocumentRepository;
import io.relais.docs.internal.ReadableDocuments;
import io.relais.docs.internal.Upvotes;
import io.relais.docs.internal.ViewCounter;
import io.relais.docs.internal.Viewer;
import io.relais.docs.internal.Viewers;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Views of documents: counting them and reading a document's figures. Counting is a call of its
 * own, made by the pages people read ({@code DocumentView}, the public pages), so that reading a
 * document through {@link DocumentService} for any other purpose never counts as a view.
 */
@Service
@Transactional
public class ReadingStats {

    /** The days a document's trend covers, today included. */
    public static final int TREND_DAYS = 90;

    private final ReadableDocuments readable;
    private final DocumentRepository documents;
    private final ViewCounter counter;
    private final Upvotes upvotes;
    private final Viewers viewers;
    private final Clock clock;

    ReadingStats(ReadableDocuments readable, DocumentRepository documents, ViewCounter counter, Upvotes upvotes,
            Viewers viewers, Clock clock) {
        this.readable = readable;
        this.documents = documents;
        this.counter = counter;
        this.upvotes = upvotes;
        this.viewers = viewers;
        this.clock = clock;
    }

    /**
     * Counts a view by the signed-in person, who must be allowed to read the document: in the
     * total always, in the day's unique viewers the first time today.
     */
    @PreAuthorize("isAuthenticated()")
    public void recordView(long documentId) {
        Viewer viewer = viewers.current();
        readable.require(documentId, viewer);
        counter.count(documentId, viewer.personId(), LocalDate.now(clock));
    }

    /**
     * The public pages' hook: counts {@code views} views by anonymous visitors (the public site
     * adds them up for a few seconds), in the total only. Only a public document counts; for any
     * other id nothing happens and the answer is {@code false}, the same for a document that does
     * not exist, so the answer reveals nothing.
     */
    @PreAuthorize("permitAll()")
    public boolean recordAnonymousViews(long documentId, long views) {
        boolean isPublic = documents.findByIdAndDeletedAtIsNull(documentId)
                .map(Document::getVisibility).filter(Visibility.PUBLIC::equals).isPresent();
        if (isPublic && views > 0) {
            counter.countAnonymous(documentId, LocalDate.now(clock), views);
        }
        return isPublic;
    }

    /** A document's views, readers, upvotes and 90-day trend, for anybody who may read it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DocumentStats stats(long documentId) {
        Viewer viewer = viewers.current();
        Document document = readable.require(documentId, viewer);
        LocalDate today = LocalDate.now(clock);
        return new DocumentStats(counter.totalViews(documentId), counter.distinctReaders(documentId),
                upvotes.count(documentId), upvotes.exists(documentId, viewer.personId()),
                UpvoteService.mayUpvote(document, viewer),
                counter.daily(documentId, today.minusDays(TREND_DAYS - 1L), today));
    }
}
