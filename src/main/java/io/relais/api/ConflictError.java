package io.relais.api;

import io.relais.docs.DiffLine;
import java.util.List;

/**
 * A 409 answer: somebody saved the document since the caller read it. Carries the version now
 * saved and the line diff from the saved body to the caller's, so nothing the caller sent is lost.
 */
public record ConflictError(int status, String error, String message, long currentVersion, String updatedBy,
        List<DiffLine> diff) {
}
