package io.relais.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.search.SearchEntry;
import io.relais.search.SearchSort;
import io.relais.search.SearchSource;
import io.relais.search.internal.lucene.IndexSearch;
import io.relais.search.internal.lucene.LuceneIndex;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes indexed one by one from many event threads: each caller returns with its own change
 * searchable (they may share a write), and a change that cannot be loaded fails only its caller,
 * whose event is then tried again.
 */
class SearchIndexerTest {

    private static final Set<String> ALL = Set.of(SearchSource.EVERYONE);

    @TempDir
    Path folder;

    /** Notes held in memory; "broken" cannot be read. */
    private static final class Notes implements SearchSource {
        final Map<String, String> bodies = new ConcurrentHashMap<>();

        @Override
        public String type() {
            return "note";
        }

        @Override
        public long count() {
            return bodies.size();
        }

        @Override
        public void forEach(Consumer<SearchEntry> sink) {
            bodies.keySet().forEach(id -> load(id).ifPresent(sink));
        }

        @Override
        public Optional<SearchEntry> load(String id) {
            if (id.equals("broken")) {
                throw new IllegalStateException("the database is away");
            }
            return Optional.ofNullable(bodies.get(id)).map(body -> new SearchEntry("note", id, "NOTE", "Note " + id, body,
                    "fr", "/notes/" + id, Instant.parse("2026-01-01T00:00:00Z"), null, null, List.of(), "", List.of(), ALL));
        }

        @Override
        public Set<String> audienceOfCurrentUser() {
            return ALL;
        }
    }

    @Test
    void everyCallerReturnsWithItsChangeSearchable() throws Exception {
        Notes notes = new Notes();
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            SearchIndexer indexer = new SearchIndexer(List.of(notes), index, Clock.systemUTC());
            IndexSearch search = new IndexSearch(index);
            ExecutorService events = Executors.newFixedThreadPool(8);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int t = thread;
                results.add(events.submit(() -> {
                    List<String> missed = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        String id = t + "-" + i;
                        String word = "trace" + t + "z" + i;
                        notes.bodies.put(id, "Le mot " + word);
                        indexer.refresh("note", id);
                        if (search.search(word, Map.of(), ALL, SearchSort.RELEVANCE, 0, 5).total() != 1) {
                            missed.add(id);
                        }
                    }
                    return missed;
                }));
            }
            for (Future<List<String>> missed : results) {
                assertThat(missed.get()).as("changes not searchable when refresh returned").isEmpty();
            }
            events.shutdown();
            assertThat(index.size()).isEqualTo(160);

            notes.bodies.remove("0-0");
            indexer.refresh("note", "0-0");
            assertThat(index.size()).as("an entry gone at its source leaves the index").isEqualTo(159);
        }
    }

    @Test
    void anEntryThatCannotBeLoadedFailsOnlyItsOwnRefresh() {
        Notes notes = new Notes();
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            SearchIndexer indexer = new SearchIndexer(List.of(notes), index, Clock.systemUTC());
            assertThatThrownBy(() -> indexer.refresh("note", "broken")).hasMessageContaining("database is away");
            notes.bodies.put("fine", "intact");
            indexer.refresh("note", "fine");
            assertThat(index.size()).isEqualTo(1);
        }
    }
}
