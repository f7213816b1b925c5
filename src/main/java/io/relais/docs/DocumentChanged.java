package io.relais.docs;

/**
 * A document was created, changed, deleted or had its visibility changed. Published in the
 * writing transaction, so the event publication registry keeps it durable with the data.
 */
public record DocumentChanged(long documentId, Type type) {

    public enum Type {
        CREATED, UPDATED, DELETED, VISIBILITY_CHANGED
    }
}
