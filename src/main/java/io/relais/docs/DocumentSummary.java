package io.relais.docs;

import java.time.Instant;

/** A row of the document list. */
public record DocumentSummary(long id, String slug, DocumentKind kind, String title, String spaceName,
        String ownerName, Visibility visibility, Instant updatedAt) {

    public String path() {
        return DocumentPaths.of(id, slug);
    }
}
