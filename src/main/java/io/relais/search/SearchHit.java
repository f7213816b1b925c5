package io.relais.search;

import java.time.Instant;
import java.util.List;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are escaped text where only {@code <mark>}
 * tags were added around the matched words, so they are safe to render as HTML. {@code client}
 * and {@code project} are what it is about, or {@code null}.
 */
public record SearchHit(String key, String type, String id, String kind, String title, String titleHtml,
        String snippetHtml, String path, String space, String author, List<String> tags,
        Instant updatedAt, float score, SearchLink client, SearchLink project) {
}
