package io.relais.docs;

import java.time.Instant;
import java.util.List;

/**
 * A public document as anybody on the internet may read it.
 *
 * @param version changes with every save: with the id, it identifies this exact content
 * @param html the body rendered and sanitized; internal links point to other public pages only
 * @param description plain text of the first paragraph, shortened, for search engines and previews
 */
public record PublicPage(long id, long version, String spaceSlug, String spaceName, String slug,
        String title, String language, String html, String description, List<String> tags,
        Instant updatedAt) {
}
