package io.relais.docs;

import io.relais.people.PersonRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A document as one reader may see it.
 *
 * @param version what to send back with an update (optimistic locking)
 * @param revision the number of the latest revision
 * @param html the body rendered and sanitized
 * @param canEdit whether this reader may change it
 * @param canManage whether this reader may change its visibility or delete it
 */
public record DocumentDetails(long id, long version, int revision, DocumentKind kind, String title,
        String slug, String body, String html, String language, Visibility visibility,
        SpaceSummary space, PersonRef owner, Instant createdAt, Instant updatedAt, PersonRef updatedBy,
        LocalDate reviewBy, List<String> tags, List<PersonRef> readers, KindFields fields,
        boolean canEdit, boolean canManage) {

    /** The stable address of the document: the id decides, the slug is for humans. */
    public String path() {
        return DocumentPaths.of(id, slug);
    }

    /** The form to edit this document, pre-filled with what it holds now. */
    public DocumentForm toForm() {
        return new DocumentForm(space.id(), title, body, language, visibility, Set.copyOf(tags),
                Set.copyOf(readers.stream().map(PersonRef::id).toList()), reviewBy, fields);
    }
}
