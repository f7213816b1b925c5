package io.relais.docs;

/** Filters of the document list; {@code null} (or blank text) means "any". */
public record DocumentFilter(Long spaceId, DocumentKind kind, String tag, Long authorId, String text) {

    public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null, null);
}
