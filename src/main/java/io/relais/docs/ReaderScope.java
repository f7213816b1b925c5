package io.relais.docs;

import java.util.List;

/**
 * What decides which documents the signed-in person may read, so search can encode the rules of
 * {@code DocumentAccess} as a filter inside its own query.
 *
 * @param personId the reader's person, or {@code null} for a technical account (reads only what
 *     everybody reads, unless administrator)
 * @param admin administrators read every document
 * @param spaceIds the spaces the reader belongs to (SPACE documents there are readable)
 */
public record ReaderScope(Long personId, boolean admin, List<Long> spaceIds) {

    public ReaderScope {
        spaceIds = List.copyOf(spaceIds);
    }
}
