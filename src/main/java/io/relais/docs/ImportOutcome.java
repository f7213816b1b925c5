package io.relais.docs;

import java.util.List;

/**
 * What an import did with one file.
 *
 * @param reasonKey translation key of why a file was skipped (with {@code reasonArguments}), or
 *     {@code null}
 * @param documentId the document created, updated or left as it was, if any
 */
public record ImportOutcome(String path, Result result, String title, Long documentId, String reasonKey,
        List<String> reasonArguments) {

    public enum Result {
        /** A new document. */
        IMPORTED,
        /** An existing document (same space and slug) changed, as a new revision. */
        UPDATED,
        /** An existing document already said exactly this: no new revision. */
        UNCHANGED,
        /** Nothing written; {@code reasonKey} says why. */
        SKIPPED
    }

    public ImportOutcome {
        reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
    }
}
