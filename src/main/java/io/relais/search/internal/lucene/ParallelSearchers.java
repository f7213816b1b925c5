package io.relais.search.internal.lucene;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that spread one query over the cores: a large index is cut into one slice per core
 * of equal size (segments split where needed), so a search that must visit every match (exact totals
 * and facets need them all) finishes in a fraction of the time. Lucene's caller thread works on
 * the slices too, so searches never wait for a free pool thread; under a crowd of searches the
 * pool is simply busy and each caller does its own slices. A small index stays in one slice:
 * cutting it would cost more than it saves.
 */
final class ParallelSearchers extends SearcherFactory implements Closeable {

    /** Below this many documents per slice, a slice's start-up costs more than its share of the work. */
    static final int MIN_DOCS_PER_SLICE = 20_000;

    private final int cores;
    private final int minDocsPerSlice;
    private final ExecutorService pool;

    ParallelSearchers() {
        this(Runtime.getRuntime().availableProcessors(), MIN_DOCS_PER_SLICE);
    }

    ParallelSearchers(int cores, int minDocsPerSlice) {
        this.cores = cores;
        this.minDocsPerSlice = minDocsPerSlice;
        this.pool = cores > 1 ? Executors.newFixedThreadPool(cores - 1,
                Thread.ofPlatform().name("lucene-search-", 1).daemon().factory()) : null;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        int slices = Math.min(cores, reader.maxDoc() / minDocsPerSlice);
        if (pool == null || slices < 2) {
            return new IndexSearcher(reader);
        }
        return new IndexSearcher(reader, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return balanced(leaves, slices);
            }
        };
    }

    /**
     * The documents cut into {@code count} runs of equal length, in index order: a segment that
     * straddles a cut is split between two slices. (Lucene's own grouping keeps whole small
     * segments together and left one slice with 85 % of the work.)
     */
    static LeafSlice[] balanced(List<LeafReaderContext> leaves, int count) {
        long total = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
        long perSlice = (total + count - 1) / count;
        List<LeafSlice> slices = new ArrayList<>(count);
        List<LeafReaderContextPartition> current = new ArrayList<>();
        long room = perSlice;
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            int from = 0;
            while (from < maxDoc) {
                int to = (int) Math.min(maxDoc, from + room);
                current.add(from == 0 && to == maxDoc ? LeafReaderContextPartition.createForEntireSegment(leaf)
                        : LeafReaderContextPartition.createFromAndTo(leaf, from, to));
                room -= to - from;
                from = to;
                if (room == 0) {
                    slices.add(new LeafSlice(current));
                    current = new ArrayList<>();
                    room = perSlice;
                }
            }
        }
        if (!current.isEmpty()) {
            slices.add(new LeafSlice(current));
        }
        return slices.toArray(LeafSlice[]::new);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
