package io.relais.search.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.search.SearchEntry;
import io.relais.search.SearchSort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generations on disk: rebuilds swap atomically, survive restarts, and a broken index is detected. */
class RebuildTest {

    @TempDir
    Path folder;

    private static List<SearchEntry> corpus(int size, String word) {
        List<SearchEntry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entries.add(Entries.doc(Integer.toString(i), "Document " + i, "Texte " + word + " numéro " + i, "fr"));
        }
        return entries;
    }

    private static long count(IndexSearch search, String query) {
        return search.search(query, Map.of(), Entries.EVERYONE, SearchSort.RELEVANCE, 0, 10).total();
    }

    @Test
    void searchKeepsAnsweringDuringARebuildWhichThenSwapsAtomically() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            IndexSearch search = new IndexSearch(index);
            index.write(corpus(300, "ancien"), List.of());
            AtomicBoolean rebuilding = new AtomicBoolean(true);
            ExecutorService searcher = Executors.newSingleThreadExecutor();
            Future<List<Long>> seen = searcher.submit(() -> {
                List<Long> counts = new ArrayList<>();
                while (rebuilding.get()) {
                    counts.add(count(search, "numéro"));
                }
                return counts;
            });
            index.startRebuild();
            for (int batch = 0; batch < 6; batch++) {
                index.addToRebuild(corpus(300, "nouveau").subList(batch * 50, batch * 50 + 50));
                Thread.sleep(20);
            }
            assertThat(count(search, "ancien")).as("the old generation answers while rebuilding").isEqualTo(300);
            index.finishRebuild(key -> Optional.empty());
            rebuilding.set(false);
            assertThat(seen.get()).isNotEmpty().allSatisfy(total -> assertThat(total).isEqualTo(300));
            searcher.shutdown();
            assertThat(count(search, "nouveau")).isEqualTo(300);
            assertThat(count(search, "ancien")).isZero();
        }
        try (LuceneIndex reopened = LuceneIndex.open(folder)) {
            assertThat(reopened.healthyAtOpen()).isTrue();
            assertThat(count(new IndexSearch(reopened), "nouveau")).isEqualTo(300);
            try (var children = Files.list(folder)) {
                assertThat(children.filter(Files::isDirectory).count()).as("the old generation is deleted").isEqualTo(1);
            }
        }
    }

    @Test
    void changesDuringARebuildAreNeitherLostNorReverted() {
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            IndexSearch search = new IndexSearch(index);
            index.startRebuild();
            // the rebuild read entry 1 before it was edited, entry 2 before it was deleted
            List<SearchEntry> staleRead = List.of(Entries.doc("1", "Avant", "version ancienne", "fr"),
                    Entries.doc("2", "Supprimé", "bientôt supprimé", "fr"));
            index.upsert(Entries.doc("1", "Après", "version récente", "fr"));
            index.delete(SearchEntry.key("document", "2"));
            index.upsert(Entries.doc("3", "Nouveau", "créé pendant la reconstruction", "fr"));
            index.addToRebuild(staleRead);
            index.finishRebuild(key -> key.equals("document:1") ? Optional.of(Entries.doc("1", "Après", "version récente", "fr"))
                    : key.equals("document:3") ? Optional.of(Entries.doc("3", "Nouveau", "créé pendant la reconstruction", "fr"))
                    : Optional.empty());
            assertThat(count(search, "récente")).isEqualTo(1);
            assertThat(count(search, "ancienne")).isZero();
            assertThat(count(search, "supprimé")).isZero();
            assertThat(count(search, "reconstruction")).isEqualTo(1);
            assertThat(index.size()).isEqualTo(2);
        }
    }

    @Test
    void aMissingOrCorruptIndexIsReplacedAndReportedForRebuild() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            assertThat(index.healthyAtOpen()).as("nothing there yet").isFalse();
            index.upsert(Entries.doc("1", "Titre", "texte", "fr"));
        }
        String generation = Files.readString(folder.resolve("CURRENT")).strip();
        try (var files = Files.list(folder.resolve(generation))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            assertThat(index.healthyAtOpen()).isFalse();
            assertThat(index.size()).isZero();
        }
        Files.writeString(folder.resolve("CURRENT"), "gen-gone");
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            assertThat(index.healthyAtOpen()).isFalse();
        }
    }
}
