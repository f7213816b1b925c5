package io.relais.api;

import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an integration sends to create or update a document. On update, a property left out (or
 * {@code null}) keeps its current value, and {@code version} (from the last read) is required:
 * it is how a concurrent change is detected. {@code kind} and {@code spaceId} only matter at
 * creation (a document never changes kind or space).
 */
public record DocumentRequest(DocumentKind kind, Long spaceId, String title, String body, String language,
        Visibility visibility, Set<String> tags, Set<Long> readerIds, LocalDate reviewBy, KindFields fields,
        Long version) {

    /** The given form with every property this request carries put over it. */
    DocumentForm over(DocumentForm base) {
        return new DocumentForm(spaceId == null ? base.spaceId() : spaceId, or(title, base.title()),
                or(body, base.body()), or(language, base.language()), or(visibility, base.visibility()),
                or(tags, base.tags()), or(readerIds, base.readerIds()), or(reviewBy, base.reviewBy()),
                or(fields, base.fields()));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
