package io.relais.docs;

import io.relais.docs.internal.Document;
import io.relais.docs.internal.DocumentRepository;
import io.relais.docs.internal.PersonName;
import io.relais.docs.internal.PersonNameRepository;
import io.relais.docs.internal.Viewer;
import io.relais.docs.internal.Viewers;
import io.relais.platform.CurrentUser;
import io.relais.platform.RelaisPrincipal;
import io.relais.platform.Roles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents as search indexes them. Loading is for the system only (the indexer runs as an
 * administrator task): it returns documents regardless of who may read them, with the facts that
 * decide who may. Pages are loaded in a handful of queries, not one per document.
 */
@Service
@Transactional(readOnly = true)
public class DocumentIndexSource {

    public static final int MAX_PAGE = 1_000;

    private final DocumentRepository documents;
    private final PersonNameRepository names;
    private final Viewers viewers;
    private final CurrentUser currentUser;

    DocumentIndexSource(DocumentRepository documents, PersonNameRepository names, Viewers viewers,
            CurrentUser currentUser) {
        this.documents = documents;
        this.names = names;
        this.viewers = viewers;
        this.currentUser = currentUser;
    }

    /** The next live (not deleted) documents after the given id, in id order. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<IndexableDocument> page(long afterId, int limit) {
        return indexable(documents.findLiveAfter(afterId, Limit.of(Math.max(1, Math.min(limit, MAX_PAGE)))));
    }

    /** One document, or nothing when it is deleted or does not exist (search then drops it). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<IndexableDocument> find(long id) {
        return documents.findByIdAndDeletedAtIsNull(id).map(document -> indexable(List.of(document)).getFirst());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long countLive() {
        return documents.countLive();
    }

    /** The live documents linked to a client (directly or with one of its projects): to index again when it is renamed. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> linkedToClient(long clientId) {
        return documents.liveIdsOfClient(clientId);
    }

    /** The live documents linked to a project: to index again when it is renamed. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> linkedToProject(long projectId) {
        return documents.liveIdsOfProject(projectId);
    }

    /** Who the signed-in account is, as far as reading documents goes. */
    @PreAuthorize("isAuthenticated()")
    public ReaderScope readerScope() {
        Optional<RelaisPrincipal> principal = currentUser.get();
        if (principal.isEmpty() || principal.get().personId() == null) {
            return new ReaderScope(null, currentUser.hasRole(Roles.ADMIN), List.of());
        }
        Viewer viewer = viewers.current();
        return new ReaderScope(viewer.personId(), viewer.admin(), viewer.memberSpaces().stream()
                .filter(id -> id > 0).toList());
    }

    private List<IndexableDocument> indexable(List<Document> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Document::getId).toList();
        Map<Long, List<String>> tags = grouped(documents.tagNamesOf(ids));
        Map<Long, List<Long>> readers = grouped(documents.readerIdsOf(ids));
        Set<Long> ownerIds = page.stream().map(Document::getOwnerId).collect(Collectors.toSet());
        Map<Long, String> ownerNames = names.findAllById(ownerIds).stream()
                .collect(Collectors.toMap(PersonName::getId, PersonName::fullName));
        List<IndexableDocument> result = new ArrayList<>(page.size());
        for (Document d : page) {
            result.add(new IndexableDocument(d.getId(), d.getSlug(), d.getKind(), d.getTitle(), d.getBody(),
                    d.fields(), d.getLanguage(), d.getVisibility(), d.getSpace().getId(), d.getSpace().getName(),
                    d.getSpace().getSlug(), d.getOwnerId(), ownerNames.getOrDefault(d.getOwnerId(), ""),
                    new HashSet<>(readers.getOrDefault(d.getId(), List.of())),
                    tags.getOrDefault(d.getId(), List.of()), d.getCreatedAt(), d.getUpdatedAt(), d.getClientId(),
                    d.getProjectId()));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<Long, List<V>> grouped(List<Object[]> rows) {
        Map<Long, List<V>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((V) row[1]);
        }
        return result;
    }
}
