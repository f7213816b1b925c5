package io.relais.docs;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything search needs to index one document and to decide, inside its own query, who may
 * find it: the same facts {@code DocumentAccess} decides from (visibility, space, owner, named
 * readers). Only for system use: it carries text of documents nobody in particular may read.
 *
 * @param clientId the client the document is about, or {@code null}
 * @param projectId the client's project it is about, or {@code null}
 */
public record IndexableDocument(long id, String slug, DocumentKind kind, String title, String body,
        KindFields fields, String language, Visibility visibility, long spaceId, String spaceName,
        String spaceSlug, long ownerId, String ownerName, Set<Long> readerIds, List<String> tags,
        Instant createdAt, Instant updatedAt, Long clientId, Long projectId) {

    public IndexableDocument {
        readerIds = Set.copyOf(readerIds);
        tags = List.copyOf(tags);
    }

    public String path() {
        return DocumentPaths.of(id, slug);
    }
}
