package io.relais.platform.markdown;

/**
 * How the renderer turns {@code [[slug]]} and {@code @prenom.nom} into links; the feature that
 * renders supplies it, since only it knows its documents and the people directory.
 */
public interface MarkdownLinks {

    /** No internal links or mentions resolve: for previews of text nobody owns yet, and tests. */
    MarkdownLinks NONE = new MarkdownLinks() {
        @Override
        public DocumentLink document(String slug) {
            return null;
        }

        @Override
        public Long person(String handle) {
            return null;
        }
    };

    /** The document a {@code [[slug]]} names, or {@code null} when unknown or not readable. */
    DocumentLink document(String slug);

    /** The person id a mention handle (the part of the e-mail before {@code @}) names, or {@code null}. */
    Long person(String handle);

    /** A resolved internal link: where it goes and the text to show. */
    record DocumentLink(String path, String title) {
    }
}
