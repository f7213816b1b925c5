package io.relais.docs;

/** What a document is; each kind has its own fields (see {@link KindFields}) and template. */
public enum DocumentKind {
    ARTICLE, MINUTES, DECISION, PROBLEM, FEEDBACK
}
