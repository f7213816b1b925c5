package io.relais.docs;

import java.time.Instant;

/** A public document as listed on the public knowledge base and in the sitemap (no body). */
public record PublicEntry(long id, String spaceSlug, String spaceName, String slug, String title,
        String language, Instant updatedAt) {
}
