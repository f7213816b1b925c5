package io.relais.docs.internal;

import io.relais.analytics.AdoptionChanges;
import io.relais.docs.DocumentKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells the adoption roll-up which past days a document change touched. A save counts on its own
 * day (today), but minutes count on their meeting's day (written on time or not) and on their
 * creation (recording a decision), and a decision record on its creation; history written after
 * the fact counts on every day it happened.
 */
@Component
public class DocumentAdoptionDays {

    private final AdoptionChanges changes;

    DocumentAdoptionDays(AdoptionChanges changes) {
        this.changes = changes;
    }

    /** A document was written, edited or deleted; {@code meetingBefore} is its meeting day before the edit. */
    public void touched(Document document, LocalDate meetingBefore) {
        if (document.getKind() != DocumentKind.MINUTES && document.getKind() != DocumentKind.DECISION) {
            return;
        }
        changes.changedAt(document.getCreatedAt());
        List<LocalDate> meetings = new ArrayList<>(2);
        if (document.fields().meetingDate() != null) {
            meetings.add(document.fields().meetingDate());
        }
        if (meetingBefore != null) {
            meetings.add(meetingBefore);
        }
        changes.changedOn(meetings);
    }

    /** Documents written after the fact: the days of their saves and meetings. */
    public void backfilled(Collection<Document> documents, Collection<Instant> saves) {
        changes.changedAtAll(saves);
        changes.changedOn(documents.stream().map(document -> document.fields().meetingDate())
                .filter(java.util.Objects::nonNull).toList());
    }
}
