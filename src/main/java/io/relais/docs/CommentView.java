package io.relais.docs;

import io.relais.people.PersonRef;
import java.time.Instant;

/**
 * A comment as one reader may see it.
 *
 * @param body the Markdown as written (for editing)
 * @param html the Markdown rendered and sanitized
 * @param editedAt when it was last changed, or {@code null}
 * @param canEdit whether this reader may edit or delete it (its author, or an administrator)
 */
public record CommentView(long id, long documentId, PersonRef author, String body, String html, Instant createdAt,
        Instant editedAt, boolean canEdit) {
}
