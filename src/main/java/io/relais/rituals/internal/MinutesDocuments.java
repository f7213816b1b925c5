package io.relais.rituals.internal;

import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.people.PersonSummary;
import io.relais.platform.SystemTask;
import io.relais.rituals.RitualSettings;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Pre-creates a meeting's minutes (or agenda) document from its ritual's template, in the
 * company-wide space, written by the meeting's organiser (documents have a person as author),
 * with the meeting's people as attendees and a link to the page where the meeting's outcome is
 * recorded.
 */
@Component
class MinutesDocuments {

    private final DocumentService documents;

    MinutesDocuments(DocumentService documents) {
        this.documents = documents;
    }

    /**
     * @param visibility COMPANY for trios and the all-hands; PEOPLE (the attendees only) for 1:1s
     * @param attendees the people listed as attendees (and readers for PEOPLE)
     */
    DocumentDetails create(RitualSettings ritual, long meetingId, String title, LocalDate day, PersonSummary owner,
            Set<Long> attendees, Visibility visibility) {
        String body = "[" + title + "](" + MeetingPaths.of(meetingId) + ")\n\n" + ritual.minutesTemplate() + "\n";
        KindFields fields = KindFields.EMPTY.withMeeting(day, ritual.purpose(), attendees, List.of(), List.of());
        return SystemTask.runAsPerson(owner.id(), owner.email(), () -> {
            DocumentForm form = new DocumentForm(companySpace(), title, body, null, visibility, Set.of("rituel"),
                    visibility == Visibility.PEOPLE ? attendees : Set.of(), null, fields);
            return documents.create(DocumentKind.MINUTES, form);
        });
    }

    /** The first company-wide space (the one every person belongs to, created with the company). */
    private long companySpace() {
        return documents.spaces().stream().filter(space -> space.teamId() == null)
                .min(Comparator.comparingLong(SpaceSummary::id)).map(SpaceSummary::id)
                .orElseThrow(() -> new IllegalStateException("No company-wide space for ritual minutes"));
    }
}
