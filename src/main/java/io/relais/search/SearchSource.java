package io.relais.search;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Something search indexes (documents, people, later calendar events...): the extension point of
 * the search module. A module offers its content by declaring a bean of this type and by
 * publishing {@link SearchableChanged} (in its writing transaction) when an entry changes.
 *
 * <p>Loading methods run as a system task with administrator rights, since the index holds every
 * entry; {@link #audienceOfCurrentUser()} runs as the person searching. An entry is found only by
 * someone holding one of its {@link SearchEntry#audience()} tokens, which the query checks itself.
 */
public interface SearchSource {

    /** The audience token every signed-in person holds. */
    String EVERYONE = "everyone";

    /** The entry type this source owns, e.g. {@code "document"}; part of every entry's key. */
    String type();

    /** How many entries a rebuild will read (for its progress). */
    long count();

    /** Every entry, in pages, for a full rebuild. */
    void forEach(Consumer<SearchEntry> sink);

    /** One entry as it is now, or nothing when it is gone (search then removes it). */
    Optional<SearchEntry> load(String id);

    /** The audience tokens the signed-in account holds for this source's entries. */
    Set<String> audienceOfCurrentUser();
}
