package io.relais.search.internal;

import io.relais.clients.ClientIndexSource;
import io.relais.clients.TaskPaths;
import io.relais.docs.AttachmentService;
import io.relais.docs.DocumentIndexSource;
import io.relais.docs.IndexableDocument;
import io.relais.docs.KindFields;
import io.relais.docs.ReaderScope;
import io.relais.search.SearchEntry;
import io.relais.search.SearchLink;
import io.relais.search.SearchSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Hub documents in the index, with the document rules of reading turned into audience tokens:
 * everybody for PUBLIC and COMPANY, the space's members for SPACE, the named readers for PEOPLE,
 * and always the owner and administrators. Membership is resolved when searching, so joining a
 * team opens its space's documents at once, without re-indexing. A document linked to a client
 * (and project) carries them, so filtering a search by client shows its documents too.
 */
@Component
class DocumentSearchSource implements SearchSource {

    static final String TYPE = "document";
    static final String ADMIN = "docs:admin";
    private static final int PAGE = 500;

    private final DocumentIndexSource documents;
    private final AttachmentService attachments;
    private final ClientIndexSource clients;

    DocumentSearchSource(DocumentIndexSource documents, AttachmentService attachments, ClientIndexSource clients) {
        this.documents = documents;
        this.attachments = attachments;
        this.clients = clients;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long count() {
        return documents.countLive();
    }

    @Override
    public void forEach(Consumer<SearchEntry> sink) {
        long after = 0;
        List<IndexableDocument> page;
        do {
            page = documents.page(after, PAGE);
            entries(page).forEach(sink);
            after = page.isEmpty() ? after : page.getLast().id();
        } while (page.size() == PAGE);
    }

    @Override
    public Optional<SearchEntry> load(String id) {
        long documentId;
        try {
            documentId = Long.parseLong(id);
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        return documents.find(documentId).map(d -> entries(List.of(d)).getFirst());
    }

    @Override
    public Set<String> audienceOfCurrentUser() {
        ReaderScope scope = documents.readerScope();
        Set<String> tokens = new HashSet<>();
        tokens.add(EVERYONE);
        if (scope.admin()) {
            tokens.add(ADMIN);
        }
        if (scope.personId() != null) {
            tokens.add(person(scope.personId()));
            scope.spaceIds().forEach(space -> tokens.add(space(space)));
        }
        return tokens;
    }

    /**
     * The documents with the text extracted from their attachments, which search finds them by
     * too, and the names of the clients and projects they are about (one query each per page).
     */
    private List<SearchEntry> entries(List<IndexableDocument> page) {
        Map<Long, String> clientNames = clients.clientNames(page.stream().map(IndexableDocument::clientId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, String> projectLabels = clients.projectLabels(page.stream().map(IndexableDocument::projectId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.stream().map(d -> entry(d, attachmentsText(d.id()),
                d.clientId() == null ? null : SearchLink.of(clientNames.get(d.clientId()), TaskPaths.client(d.clientId())),
                d.projectId() == null ? null : SearchLink.of(projectLabels.get(d.projectId()), TaskPaths.project(d.projectId()))))
                .toList();
    }

    private String attachmentsText(long documentId) {
        return attachments.indexableTexts(documentId).stream()
                .map(attachment -> attachment.fileName() + "\n" + attachment.text())
                .collect(Collectors.joining("\n\n"));
    }

    static SearchEntry entry(IndexableDocument d, String attachmentsText, SearchLink client, SearchLink project) {
        Set<String> audience = new HashSet<>();
        audience.add(ADMIN);
        audience.add(person(d.ownerId()));
        switch (d.visibility()) {
            case PUBLIC, COMPANY -> audience.add(EVERYONE);
            case SPACE -> audience.add(space(d.spaceId()));
            case PEOPLE -> d.readerIds().forEach(reader -> audience.add(person(reader)));
        }
        String body = Stream.of(d.body(), fieldsText(d.fields()), attachmentsText).filter(Objects::nonNull)
                .filter(text -> !text.isBlank()).collect(Collectors.joining("\n\n"));
        return new SearchEntry(TYPE, Long.toString(d.id()), d.kind().name(), d.title(), body, d.language(), d.path(),
                d.updatedAt(), d.spaceName(), d.spaceSlug(), d.tags(), d.ownerName(), List.of(), audience, client, project);
    }

    /** The searchable text of the kind's own fields: agenda, decisions, actions, problem and solution... */
    static String fieldsText(KindFields f) {
        List<String> parts = new ArrayList<>();
        Stream.of(f.agenda(), f.decisionContext(), f.decision(), f.problem(), f.solution(), f.clientProject())
                .filter(Objects::nonNull).forEach(parts::add);
        parts.addAll(f.decisionsTaken());
        f.actionItems().forEach(item -> parts.add(item.text()));
        return String.join("\n", parts);
    }

    static String person(long personId) {
        return "docs:person:" + personId;
    }

    static String space(long spaceId) {
        return "docs:space:" + spaceId;
    }
}
