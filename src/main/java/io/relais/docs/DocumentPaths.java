package io.relais.docs;

/** Addresses of documents inside Relais. */
public final class DocumentPaths {

    private DocumentPaths() {
    }

    public static String of(long id, String slug) {
        return "/docs/" + id + "/" + slug;
    }

    /**
     * The slug a title gets, which {@code [[slug]]} links use; a second document with the same
     * title in the same space gets "-2", "-3"...
     */
    public static String slugOf(String title) {
        return io.relais.docs.internal.Slugs.of(title);
    }
}
