package io.relais.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One thing to find, as a {@link SearchSource} hands it to the index.
 *
 * @param kind what it is, for the kind facet and the {@code kind:} filter (e.g. {@code ARTICLE}, {@code PERSON})
 * @param language {@code "fr"} or {@code "en"} when declared, {@code null} to have it guessed from the text
 * @param path where a hit leads, inside Relais
 * @param space the space or group it belongs to, or {@code null}
 * @param spaceKey a short stable name of the space for the {@code space:} filter (its slug), or {@code null}
 * @param author who wrote it, or {@code null}
 * @param authorKeys names the {@code author:} filter knows the author by (e-mail handle, names)
 * @param audience tokens of who may find it (see {@link SearchSource#audienceOfCurrentUser()})
 * @param client the client it is about (for the client facet and the {@code client:} filter), or {@code null}
 * @param project the client's project it is about (the project facet, {@code project:}), or {@code null}
 */
public record SearchEntry(String type, String id, String kind, String title, String body,
        String language, String path, Instant updatedAt, String space, String spaceKey,
        List<String> tags, String author, List<String> authorKeys, Set<String> audience,
        SearchLink client, SearchLink project) {

    /** An entry about no client nor project. */
    public SearchEntry(String type, String id, String kind, String title, String body, String language, String path,
            Instant updatedAt, String space, String spaceKey, List<String> tags, String author,
            List<String> authorKeys, Set<String> audience) {
        this(type, id, kind, title, body, language, path, updatedAt, space, spaceKey, tags, author, authorKeys,
                audience, null, null);
    }

    public SearchEntry {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(updatedAt);
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : List.copyOf(tags);
        authorKeys = authorKeys == null ? List.of() : List.copyOf(authorKeys);
        audience = Set.copyOf(audience);
    }

    /** The entry's unique key in the index. */
    public String key() {
        return key(type, id);
    }

    public static String key(String type, String id) {
        return type + ":" + id;
    }
}
