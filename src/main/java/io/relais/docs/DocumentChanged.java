package io.relais.docs;

/**
 * A document was created, changed, deleted, had its visibility changed, or gained or lost an
 * attachment (whose extracted text search indexes with the document). Published in the writing
 * transaction, so the event publication registry keeps it durable with the data.
 */
public record DocumentChanged(long documentId, Type type) {

    public enum Type {
        CREATED, UPDATED, DELETED, VISIBILITY_CHANGED, ATTACHMENTS_CHANGED
    }
}
