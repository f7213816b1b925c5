package io.relais.docs;

import io.relais.people.PersonRef;
import java.time.Instant;

/**
 * One saved state of a document.
 *
 * @param restoredFrom the revision this one brought back, or {@code null}
 */
public record RevisionSummary(int number, String title, PersonRef author, Instant createdAt, Integer restoredFrom) {
}
