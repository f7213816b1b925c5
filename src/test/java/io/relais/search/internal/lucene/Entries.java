package io.relais.search.internal.lucene;

import io.relais.search.SearchEntry;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Small hand-made entries for the index tests. */
final class Entries {

    static final Set<String> EVERYONE = Set.of("everyone");

    private Entries() {
    }

    static SearchEntry doc(String id, String title, String body, String language) {
        return doc(id, title, body, language, "ARTICLE", "Tech & Data", List.of(), "Lucas Bernard",
                Instant.parse("2025-03-01T10:00:00Z"), EVERYONE);
    }

    static SearchEntry doc(String id, String title, String body, String language, String kind, String space,
            List<String> tags, String author, Instant updated, Set<String> audience) {
        return new SearchEntry("document", id, kind, title, body, language, "/docs/" + id + "/x", updated, space,
                space == null ? null : Keys.of(space), tags, author, List.of(), audience);
    }
}
