package io.relais.docs;

import io.relais.people.PersonRef;
import java.time.Instant;

/**
 * A file attached to a document, as its readers see it.
 *
 * @param contentType the type detected from the file's bytes
 * @param searchable whether text was extracted from it for search
 */
public record AttachmentSummary(long id, long documentId, String fileName, String contentType, long sizeBytes,
        PersonRef uploadedBy, Instant uploadedAt, boolean searchable) {

    /** Where a signed-in reader downloads it. */
    public String downloadPath() {
        return "/attachments/" + id;
    }
}
