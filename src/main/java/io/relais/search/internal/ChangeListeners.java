package io.relais.search.internal;

import io.relais.docs.DocumentChanged;
import io.relais.people.PersonCreated;
import io.relais.people.PersonDeactivated;
import io.relais.people.PersonUpdated;
import io.relais.search.SearchableChanged;
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

    ChangeListeners(SearchIndexer indexer) {
        this.indexer = indexer;
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

    /** Any other module's {@link io.relais.search.SearchSource} announces its changes this way. */
    @ApplicationModuleListener
    void on(SearchableChanged changed) {
        indexer.refresh(changed.type(), changed.id());
    }
}
