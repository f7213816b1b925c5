package io.relais.docs.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentService;

/** Reading the document a route names; unreadable and missing documents are both "not found". */
final class DocumentRoutes {

    private DocumentRoutes() {
    }

    static long id(BeforeEnterEvent event) {
        try {
            return Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        } catch (RuntimeException invalid) {
            throw new NotFoundException();
        }
    }

    static DocumentDetails load(DocumentService documents, BeforeEnterEvent event) {
        try {
            return documents.get(id(event));
        } catch (io.relais.platform.NotFoundException missing) {
            throw new NotFoundException();
        }
    }
}
