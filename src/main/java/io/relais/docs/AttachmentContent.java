package io.relais.docs;

import java.nio.file.Path;

/** A stored attachment ready to be sent to a reader who may read its document. */
public record AttachmentContent(String fileName, String contentType, long sizeBytes, Path file) {
}
