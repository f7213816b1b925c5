package io.relais.search.internal.lucene;

import io.relais.search.SearchEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh index in a temporary folder, holding the entries of the test class. */
abstract class IndexFixture {

    @TempDir
    Path folder;
    LuceneIndex index;
    IndexSearch search;

    abstract List<SearchEntry> entries();

    @BeforeEach
    void open() {
        index = LuceneIndex.open(folder);
        search = new IndexSearch(index);
        index.write(entries(), List.of());
    }

    @AfterEach
    void close() {
        index.close();
    }
}
