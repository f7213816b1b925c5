package io.relais.search.internal;

import io.relais.clients.ClientIndexSource;
import io.relais.clients.ClientItem;
import io.relais.clients.IndexableClientItem;
import io.relais.clients.TaskPaths;
import io.relais.search.SearchEntry;
import io.relais.search.SearchLink;
import io.relais.search.SearchSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One kind of the client module's items (clients, contacts, projects or tasks) in the index,
 * with the client and project they belong to as facets. The services let every person read them
 * (company transparency) but not a technical account, hence one audience token for the people;
 * what only some people read (contact phone numbers, invoices) is never indexed.
 */
class ClientSearchSource implements SearchSource {

    static final String READERS = "clients:readers";
    private static final int PAGE = 500;

    private final ClientItem item;
    private final ClientIndexSource clients;

    ClientSearchSource(ClientItem item, ClientIndexSource clients) {
        this.item = item;
        this.clients = clients;
    }

    /** The entry type of an item kind, e.g. {@code "task"}. */
    static String type(ClientItem item) {
        return item.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String type() {
        return type(item);
    }

    @Override
    public long count() {
        return clients.count(item);
    }

    @Override
    public void forEach(Consumer<SearchEntry> sink) {
        long after = 0;
        List<IndexableClientItem> page;
        do {
            page = clients.page(item, after, PAGE);
            page.stream().map(ClientSearchSource::entry).forEach(sink);
            after = page.isEmpty() ? after : page.getLast().id();
        } while (page.size() == PAGE);
    }

    @Override
    public Optional<SearchEntry> load(String id) {
        try {
            return clients.find(item, Long.parseLong(id)).map(ClientSearchSource::entry);
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public Set<String> audienceOfCurrentUser() {
        return clients.readsClients() ? Set.of(READERS) : Set.of();
    }

    /** A client carries itself as client facet, a project itself as project facet: filtering by them finds them too. */
    static SearchEntry entry(IndexableClientItem i) {
        SearchLink client = SearchLink.of(i.clientName(), TaskPaths.client(i.clientId()));
        SearchLink project = i.projectId() == null ? null : SearchLink.of(i.projectLabel(), TaskPaths.project(i.projectId()));
        return new SearchEntry(type(i.item()), Long.toString(i.id()), i.item().name(), i.title(), i.body(), null,
                i.path(), i.updatedAt(), null, null, List.of(), i.responsible(), List.of(), Set.of(READERS), client,
                project);
    }
}
