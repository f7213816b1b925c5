package io.relais.search.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.search.SearchEntry;
import io.relais.search.SearchSort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes indexed from many threads at once share commits, yet each write returns only once its
 * change is searchable and on disk: the event that caused it may then be marked handled.
 */
class ConcurrentWritesTest {

    private static final int THREADS = 8;
    private static final int WRITES_EACH = 25;

    @TempDir
    Path folder;

    @Test
    void everyWriteIsSearchableAndCommittedWhenItReturns() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            IndexSearch search = new IndexSearch(index);
            Path generation = folder.resolve(Files.readString(folder.resolve("CURRENT")).strip());
            ExecutorService writers = Executors.newFixedThreadPool(THREADS);
            List<Future<List<String>>> misses = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int writer = thread;
                misses.add(writers.submit(() -> {
                    List<String> missed = new ArrayList<>();
                    try (Directory onDisk = FSDirectory.open(generation)) {
                        for (int i = 0; i < WRITES_EACH; i++) {
                            String id = writer + "-" + i;
                            String word = "mot" + writer + "x" + i;
                            index.upsert(Entries.doc(id, "Note " + id, "Texte " + word, "fr"));
                            if (search.search(word, Map.of(), Entries.EVERYONE, SearchSort.RELEVANCE, 0, 10).total() != 1) {
                                missed.add(id + " not searchable");
                            }
                            if (!committed(onDisk, SearchEntry.key("document", id))) {
                                missed.add(id + " not committed");
                            }
                        }
                    }
                    return missed;
                }));
            }
            for (Future<List<String>> missed : misses) {
                assertThat(missed.get()).isEmpty();
            }
            writers.shutdown();
            assertThat(index.size()).isEqualTo(THREADS * WRITES_EACH);
        }
    }

    /** Whether the last commit on disk (not the writer's memory) holds the entry. */
    private static boolean committed(Directory directory, String key) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(new TermQuery(EntryDocuments.keyTerm(key))) == 1;
        }
    }
}
