package io.relais.docs;

/** Who may read a document. */
public enum Visibility {
    /** Everybody, including (later) anonymous readers of the public knowledge base. */
    PUBLIC,
    /** Everybody signed in. */
    COMPANY,
    /** Members of the document's space. */
    SPACE,
    /** The owner and the named readers. */
    PEOPLE
}
