package io.relais.api;

import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentFilter;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.EditConflict;
import io.relais.platform.UserFacingException;
import io.relais.platform.i18n.RelaisI18NProvider;
import io.relais.platform.web.ApiController;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Documents for integrations: list, read (by id or slug), create, update. Every call goes
 * through {@link DocumentService} as the token's owner, so visibility and edit rights are exactly
 * the UI's: a document the owner may not read is 404, whether or not it exists.
 */
@ApiController
@RequestMapping("/api/docs")
class DocumentsApi {

    static final int MAX_PAGE_SIZE = 100;

    private final DocumentService documents;
    private final RelaisI18NProvider translations;

    DocumentsApi(DocumentService documents, RelaisI18NProvider translations) {
        this.documents = documents;
        this.translations = translations;
    }

    /** The documents the caller may read, newest change first, filtered like the documents view. */
    @GetMapping
    DocumentPage list(@RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) Long space,
            @RequestParam(required = false) String tag, @RequestParam(required = false) Long author,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new UserFacingException("page", "api.error.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new UserFacingException("size", "api.error.page-size", MAX_PAGE_SIZE);
        }
        DocumentFilter filter = new DocumentFilter(space, kind, tag, author, q);
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new UserFacingException("page", "api.error.page");
        }
        return new DocumentPage(documents.browse(filter, (int) offset, size), page, size, documents.count(filter));
    }

    @GetMapping("/{id:[0-9]{1,18}}")
    DocumentDetails get(@PathVariable long id) {
        return documents.get(id);
    }

    @GetMapping("/by-slug/{slug}")
    DocumentDetails getBySlug(@PathVariable String slug, @RequestParam(required = false) Long space) {
        return documents.getBySlug(slug, space);
    }

    /** Creates a document; without a space, in the caller's first writable space, from the kind's template. */
    @PostMapping
    ResponseEntity<DocumentDetails> create(@RequestBody DocumentRequest request) {
        if (request.kind() == null) {
            throw new UserFacingException("kind", "validation.required");
        }
        DocumentForm template = documents.template(request.kind(), request.language() == null ? "fr" : request.language());
        DocumentDetails created = documents.create(request.kind(), request.over(template));
        return ResponseEntity.created(URI.create("/api/docs/" + created.id())).body(created);
    }

    /** Saves a change made from {@code version}; 409 with the diff when somebody saved in between. */
    @PutMapping("/{id:[0-9]{1,18}}")
    DocumentDetails update(@PathVariable long id, @RequestBody DocumentRequest request) {
        if (request.version() == null) {
            throw new UserFacingException("version", "validation.required");
        }
        DocumentDetails current = documents.get(id);
        return documents.update(id, request.version(), request.over(current.toForm()));
    }

    @ExceptionHandler(EditConflict.class)
    ResponseEntity<ConflictError> conflict(EditConflict conflict, Locale locale) {
        DocumentDetails saved = conflict.saved();
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ConflictError(HttpStatus.CONFLICT.value(), "conflict",
                translations.getTranslation(conflict.messageKey(), locale, conflict.arguments()), saved.version(),
                saved.updatedBy().fullName(), conflict.diff()));
    }
}
