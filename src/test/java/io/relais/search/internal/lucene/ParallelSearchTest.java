package io.relais.search.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.search.SearchEntry;
import io.relais.search.SearchHit;
import io.relais.search.SearchResults;
import io.relais.search.SearchSort;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search spread over slices (segments cut where the slices meet) finds exactly what the same
 * search finds on one thread: the same total, page, snippets, facet counts and corrections.
 */
class ParallelSearchTest {

    private static final String[] WORDS = {"roadmap", "budget", "client", "campagne", "réunion", "équipe", "sprint",
        "livraison", "design", "migration"};
    private static final String[] KINDS = {"ARTICLE", "MINUTES", "DECISION"};
    private static final String[] SPACES = {"Tech", "RH", "Direction", "Création"};

    @TempDir
    Path serialFolder;
    @TempDir
    Path parallelFolder;
    private LuceneIndex serial;
    private LuceneIndex parallel;

    @BeforeEach
    void open() {
        serial = LuceneIndex.open(serialFolder, new ParallelSearchers(1, 1));
        parallel = LuceneIndex.open(parallelFolder, new ParallelSearchers(3, 10));
        // several writes, some replacing earlier entries: deleted documents inside the slices
        for (int batch = 0; batch < 5; batch++) {
            List<SearchEntry> entries = new ArrayList<>();
            for (int i = batch * 23; i < (batch + 1) * 23 + batch * 7; i++) {
                entries.add(entry(i));
            }
            serial.write(entries, List.of());
            parallel.write(entries, List.of());
        }
    }

    @AfterEach
    void close() {
        serial.close();
        parallel.close();
    }

    private static SearchEntry entry(int i) {
        String a = WORDS[i % WORDS.length];
        String b = WORDS[(i * 7 + 3) % WORDS.length];
        String c = WORDS[(i * 3 + 1) % WORDS.length];
        return Entries.doc(Integer.toString(i), a + " " + b + " " + i, "Note " + i + " : " + a + " puis " + c + " et " + b
                + ", " + c + " encore.", "fr", KINDS[i % KINDS.length], SPACES[i % SPACES.length], List.of(b, c),
                "Auteur " + (i % 5), Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * 5 * i),
                i % 4 == 0 ? Set.of("docs:space:1") : Entries.EVERYONE);
    }

    @Test
    void segmentsAreCutIntoEqualSlicesCoveringEveryDocumentOnce(@TempDir Path folder) throws Exception {
        EntryDocuments documents = new EntryDocuments();
        // merging off: segments of 7, 40, 13 and 25 documents, so the cuts fall inside segments
        try (Directory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField())
                        .setMergePolicy(NoMergePolicy.INSTANCE))) {
            int next = 0;
            for (int size : new int[] {7, 40, 13, 25}) {
                for (int i = 0; i < size; i++) {
                    writer.addDocument(documents.toDocument(entry(next++)));
                }
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(4);
                LeafSlice[] slices = ParallelSearchers.balanced(reader.leaves(), 3);
                assertThat(slices).extracting(LeafSlice::getMaxDocs).containsExactly(29, 29, 27);
                BitSet seen = new BitSet();
                for (LeafSlice slice : slices) {
                    for (LeafReaderContextPartition part : slice.partitions) {
                        for (int doc = part.minDocId; doc < Math.min(part.maxDocId, part.ctx.reader().maxDoc()); doc++) {
                            int global = part.ctx.docBase + doc;
                            assertThat(seen.get(global)).as("document %d in two slices", global).isFalse();
                            seen.set(global);
                        }
                    }
                }
                assertThat(seen.cardinality()).isEqualTo(85);
            }
        }
    }

    @Test
    void aSmallIndexStaysInOneSlice() {
        try (ParallelSearchers searchers = new ParallelSearchers(2, 1_000)) {
            int slices = parallel.read(searcher -> searchers.newSearcher(searcher.getIndexReader(), null).getSlices().length);
            assertThat(slices).isEqualTo(1);
        }
    }

    @Test
    void parallelAndSerialSearchesAgree() {
        for (String query : List.of("roadmap", "budget client", "\"campagne puis\"", "réun*", "-sprint design",
                "kind:decision équipe", "migraton", "livraison after:2024-06-01")) {
            for (Set<String> audience : List.of(Entries.EVERYONE, Set.of("everyone", "docs:space:1"))) {
                for (SearchSort sort : SearchSort.values()) {
                    SearchResults expected = new IndexSearch(serial).search(query, Map.of(), audience, sort, 5, 10);
                    SearchResults actual = new IndexSearch(parallel).search(query, Map.of(), audience, sort, 5, 10);
                    String what = query + " / " + audience + " / " + sort;
                    assertThat(actual.total()).as(what).isEqualTo(expected.total());
                    assertThat(actual.hits()).as(what).extracting(SearchHit::key)
                            .containsExactlyElementsOf(expected.hits().stream().map(SearchHit::key).toList());
                    assertThat(actual.hits()).as(what).extracting(SearchHit::snippetHtml)
                            .containsExactlyElementsOf(expected.hits().stream().map(SearchHit::snippetHtml).toList());
                    assertThat(actual.facets()).as(what).isEqualTo(expected.facets());
                    assertThat(actual.didYouMean()).as(what).isEqualTo(expected.didYouMean());
                }
            }
        }
        // the comparison means something only if the searches find pages of results and corrections
        IndexSearch search = new IndexSearch(parallel);
        assertThat(search.search("roadmap", Map.of(), Entries.EVERYONE, SearchSort.RELEVANCE, 0, 10).total()).isGreaterThan(15);
        assertThat(search.search("migraton", Map.of(), Entries.EVERYONE, SearchSort.RELEVANCE, 0, 10).didYouMean())
                .isEqualTo("migration");
    }
}
