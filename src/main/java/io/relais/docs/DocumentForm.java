package io.relais.docs;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a writer fills in. The kind is chosen at creation and never changes.
 *
 * @param readerIds named readers, used with {@link Visibility#PEOPLE}
 * @param reviewBy for articles: when the owner should check the article is still true
 */
public record DocumentForm(long spaceId, String title, String body, String language,
        Visibility visibility, Set<String> tags, Set<Long> readerIds, LocalDate reviewBy,
        KindFields fields) {

    public DocumentForm {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        readerIds = readerIds == null ? Set.of() : Set.copyOf(readerIds);
        fields = fields == null ? KindFields.EMPTY : fields;
    }

    public DocumentForm withBody(String newBody) {
        return new DocumentForm(spaceId, title, newBody, language, visibility, tags, readerIds, reviewBy, fields);
    }

    public DocumentForm withTitle(String newTitle) {
        return new DocumentForm(spaceId, newTitle, body, language, visibility, tags, readerIds, reviewBy, fields);
    }
}
