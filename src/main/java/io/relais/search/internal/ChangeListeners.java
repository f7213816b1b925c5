package io.relais.search.internal;

import io.relais.clients.ClientDataChanged;
import io.relais.clients.ClientIndexSource;
import io.relais.clients.ClientItem;
import io.relais.docs.DocumentChanged;
import io.relais.docs.DocumentIndexSource;
import io.relais.people.PersonCreated;
import io.relais.people.PersonDeactivated;
import io.relais.people.PersonUpdated;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.search.SearchableChanged;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Committed changes reach the index here, after their transaction and off the writer's thread.
 * The event publication registry records each delivery and marks it complete only when the
 * index has committed the change, so a crash in between replays it at the next start.
 */
@Component
class ChangeListeners {

    private final SearchIndexer indexer;
    private final ClientIndexSource clients;
    private final DocumentIndexSource documents;

    ChangeListeners(SearchIndexer indexer, ClientIndexSource clients, DocumentIndexSource documents) {
        this.indexer = indexer;
        this.clients = clients;
        this.documents = documents;
    }

    @ApplicationModuleListener
    void on(DocumentChanged changed) {
        indexer.refresh(DocumentSearchSource.TYPE, Long.toString(changed.documentId()));
    }

    @ApplicationModuleListener
    void on(PersonCreated created) {
        indexer.refresh(PersonSearchSource.TYPE, Long.toString(created.personId()));
    }

    @ApplicationModuleListener
    void on(PersonUpdated updated) {
        indexer.refresh(PersonSearchSource.TYPE, Long.toString(updated.personId()));
    }

    @ApplicationModuleListener
    void on(PersonDeactivated deactivated) {
        indexer.refresh(PersonSearchSource.TYPE, Long.toString(deactivated.personId()));
    }

    /**
     * A client, contact, project or task; a renamed client or project also changes the entries
     * that carry its name as a facet: its contacts, projects, tasks and linked documents.
     */
    @ApplicationModuleListener
    void on(ClientDataChanged changed) {
        String id = Long.toString(changed.id());
        indexer.refresh(ClientSearchSource.type(changed.item()), id);
        if (!changed.renamed() || (changed.item() != ClientItem.CLIENT && changed.item() != ClientItem.PROJECT)) {
            return;
        }
        SystemTask.runAs(List.of(Roles.ADMIN), () -> {
            clients.namedAfter(changed.item(), changed.id()).forEach((item, ids) ->
                    indexer.refreshAll(ClientSearchSource.type(item), strings(ids)));
            List<Long> linked = changed.item() == ClientItem.CLIENT ? documents.linkedToClient(changed.id())
                    : documents.linkedToProject(changed.id());
            indexer.refreshAll(DocumentSearchSource.TYPE, strings(linked));
            return null;
        });
    }

    private static List<String> strings(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    /** Any other module's {@link io.relais.search.SearchSource} announces its changes this way. */
    @ApplicationModuleListener
    void on(SearchableChanged changed) {
        indexer.refresh(changed.type(), changed.id());
    }
}
