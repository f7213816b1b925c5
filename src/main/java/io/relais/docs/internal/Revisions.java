package io.relais.docs.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Stores the snapshot of each save. */
@Component
public class Revisions {

    private final RevisionRepository revisions;

    Revisions(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    public void snapshot(Document document, int number, long authorId, Instant at, Integer restoredFrom) {
        revisions.save(new Revision(document.getId(), number, document.getTitle(), document.getBody(),
                KindFieldsText.of(document.fields()), authorId, at, restoredFrom));
    }
}
