package io.relais.docs.internal;

import io.relais.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The document a feature of the hub (comments, upvotes, view counts) acts upon, if its caller may
 * read it: otherwise "not found", so its existence is not revealed.
 */
@Component
public class ReadableDocuments {

    private final DocumentRepository documents;

    ReadableDocuments(DocumentRepository documents) {
        this.documents = documents;
    }

    public Document require(long id, Viewer viewer) {
        Document document = documents.findByIdAndDeletedAtIsNull(id).orElseThrow(NotFoundException::new);
        if (!DocumentAccess.canRead(document, viewer)) {
            throw new NotFoundException();
        }
        return document;
    }
}
