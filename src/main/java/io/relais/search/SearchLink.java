package io.relais.search;

import java.util.Objects;

/** A client or project an entry belongs to: its name (the facet value) and its page. */
public record SearchLink(String label, String path) {

    public SearchLink {
        Objects.requireNonNull(label);
        Objects.requireNonNull(path);
    }

    /** The link, or {@code null} when there is no name. */
    public static SearchLink of(String label, String path) {
        return label == null || label.isBlank() ? null : new SearchLink(label, path);
    }
}
