package io.relais.docs;

/** Addresses of the public knowledge base, relative to the site root. */
public final class PublicPaths {

    public static final String ROOT = "/kb";

    private PublicPaths() {
    }

    public static String space(String spaceSlug) {
        return ROOT + "/" + spaceSlug;
    }

    public static String page(String spaceSlug, String slug) {
        return space(spaceSlug) + "/" + slug;
    }
}
