package io.relais.docs.internal;

import io.relais.clients.DocumentRef;
import io.relais.clients.LinkedDocuments;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentPaths;
import io.relais.platform.LikePattern;
import io.relais.platform.OffsetPage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents about clients and projects, for the client module, with the same permission
 * filter as every document list: a reader never sees (nor counts) a document they may not open.
 */
@Component
@Transactional(readOnly = true)
public class ClientDocumentLinks implements LinkedDocuments {

    private final DocumentRepository documents;
    private final Viewers viewers;

    ClientDocumentLinks(DocumentRepository documents, Viewers viewers) {
        this.documents = documents;
        this.viewers = viewers;
    }

    @Override
    public List<DocumentRef> ofClient(long clientId, int limit) {
        Viewer v = viewers.current();
        return refs(documents.refsOfClient(v.personId(), v.admin(), v.memberSpaces(), clientId, page(limit)));
    }

    @Override
    public long countOfClient(long clientId) {
        Viewer v = viewers.current();
        return documents.countOfClient(v.personId(), v.admin(), v.memberSpaces(), clientId);
    }

    @Override
    public List<DocumentRef> ofProject(long projectId, int limit) {
        Viewer v = viewers.current();
        return refs(documents.refsOfProject(v.personId(), v.admin(), v.memberSpaces(), projectId, page(limit)));
    }

    @Override
    public List<DocumentRef> readable(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        Viewer v = viewers.current();
        return refs(documents.refsAmong(v.personId(), v.admin(), v.memberSpaces(), documentIds));
    }

    @Override
    public List<DocumentRef> find(String text, int offset, int limit) {
        Viewer v = viewers.current();
        return refs(documents.refsTitled(v.personId(), v.admin(), v.memberSpaces(), LikePattern.containing(text),
                OffsetPage.of(offset, limit, Sort.unsorted())));
    }

    private static OffsetPage page(int limit) {
        return OffsetPage.of(0, limit, Sort.unsorted());
    }

    private static List<DocumentRef> refs(List<Object[]> rows) {
        return rows.stream().map(row -> {
            long id = ((Number) row[0]).longValue();
            return new DocumentRef(id, (String) row[1], ((DocumentKind) row[2]).name(),
                    DocumentPaths.of(id, (String) row[3]), (Instant) row[4]);
        }).toList();
    }
}
