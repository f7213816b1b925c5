package io.relais.docs;

/** The text extracted from an attachment, for the search index. */
public record AttachmentText(long attachmentId, String fileName, String text) {
}
