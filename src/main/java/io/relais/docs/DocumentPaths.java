package io.relais.docs;

/** Addresses of documents inside Relais. */
public final class DocumentPaths {

    private DocumentPaths() {
    }

    public static String of(long id, String slug) {
        return "/docs/" + id + "/" + slug;
    }
}
