package io.relais.docs;

import io.relais.platform.UserFacingException;
import java.util.List;

/**
 * Somebody saved the document since this writer loaded it. Carries the saved version and the
 * line diff from it to the writer's text, so the UI can show both and the writer loses nothing.
 */
public class EditConflict extends UserFacingException {

    private final transient DocumentDetails saved;
    private final transient List<DiffLine> diff;

    public EditConflict(DocumentDetails saved, List<DiffLine> diff) {
        super(null, "docs.error.conflict", saved.updatedBy().fullName());
        this.saved = saved;
        this.diff = List.copyOf(diff);
    }

    /** The version now in the database. */
    public DocumentDetails saved() {
        return saved;
    }

    /** From the saved body (removed lines) to the writer's body (added lines). */
    public List<DiffLine> diff() {
        return diff;
    }
}
