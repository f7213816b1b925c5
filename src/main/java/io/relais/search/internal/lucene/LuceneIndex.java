package io.relais.search.internal.lucene;

import io.relais.search.SearchEntry;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk: generations in sub-folders of the index folder, the one in use named by the
 * file {@code CURRENT} (replaced atomically). A write returns once it is committed and visible to
 * the next search (near-real-time reader refreshed); writes that arrive while a commit runs share
 * the next one (group commit), since a commit and a refresh per change made a segment per change
 * and kept Lucene's merges busy (most of an import's CPU went to indexing).
 *
 * <p>A rebuild writes a fresh generation while searches keep using the current one; changes that
 * arrive meanwhile go to both, and the entries they touched are reloaded once more before the
 * swap, so the new generation cannot miss nor revert a change made during the rebuild.
 */
public final class LuceneIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    private static final String POINTER = "CURRENT";
    private static final double RAM_BUFFER_MB = 48;

    private final Path root;
    private final EntryDocuments documents = new EntryDocuments();
    private final Object writes = new Object();
    /** Held by the one thread committing for everybody. */
    private final Object commits = new Object();
    /** Writes applied so far (guarded by {@code writes}). */
    private long applied;
    /** Writes known to be committed and visible (guarded by {@code commits}). */
    private long committed;
    private volatile Generation current;
    private Generation next;
    private final Set<String> touchedDuringRebuild = new HashSet<>();
    private final boolean healthyAtOpen;
    private final ParallelSearchers searcherFactory;
    /**
     * Moves searches to the segments background merges produce (a rebuild's last merges end after
     * its swap): without it, the searcher opened at the swap would keep searching the dozen
     * unmerged segments, each query paying for every one of them, until the next write.
     */
    private final ScheduledExecutorService mergeFollower = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("lucene-merge-follower").daemon().factory());

    /** One generation: its folder, writer and near-real-time searchers. */
    private record Generation(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {

        static Generation open(Path folder, boolean create, SearcherFactory searcherFactory) throws IOException {
            Directory directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setCommitOnClose(true);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA).entrySet());
            if (create) {
                writer.commit();
            }
            return new Generation(folder, directory, writer, new SearcherManager(writer, searcherFactory));
        }

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    private LuceneIndex(Path root, ParallelSearchers searcherFactory, Generation current, boolean healthyAtOpen) {
        this.root = root;
        this.searcherFactory = searcherFactory;
        this.current = current;
        this.healthyAtOpen = healthyAtOpen;
        mergeFollower.scheduleWithFixedDelay(this::followMerges, 1, 1, TimeUnit.SECONDS);
    }

    private void followMerges() {
        try {
            current.searchers().maybeRefresh();
        } catch (IOException | AlreadyClosedException e) {
            log.debug("Refreshing the searcher after merges failed; the next write refreshes it", e);
        }
    }

    /**
     * Opens the index under {@code root}. A missing, unreadable or outdated index is replaced by
     * an empty one and reported by {@link #healthyAtOpen()}, so the caller rebuilds it.
     */
    public static LuceneIndex open(Path root) {
        return open(root, new ParallelSearchers());
    }

    static LuceneIndex open(Path root, ParallelSearchers searcherFactory) {
        try {
            Files.createDirectories(root);
            Path folder = pointedFolder(root);
            boolean healthy = folder != null && usable(folder);
            Generation generation;
            try {
                generation = healthy ? Generation.open(folder, false, searcherFactory)
                        : Generation.open(newFolder(root), true, searcherFactory);
            } catch (IOException | RuntimeException e) {
                searcherFactory.close();
                throw e;
            }
            LuceneIndex index = new LuceneIndex(root, searcherFactory, generation, healthy);
            if (!healthy) {
                index.point(generation.folder());
            }
            index.deleteOtherGenerations();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + root, e);
        }
    }

    /** Whether an up-to-date index was found at start-up (if not, it is empty and needs a rebuild). */
    public boolean healthyAtOpen() {
        return healthyAtOpen;
    }

    private static Path pointedFolder(Path root) throws IOException {
        Path pointer = root.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return null;
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        Path folder = root.resolve(name).normalize();
        return name.isEmpty() || !folder.getParent().equals(root.normalize()) ? null : folder;
    }

    private static boolean usable(Path folder) {
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
            if (!Fields.SCHEMA.equals(infos.getUserData().get(Fields.SCHEMA_KEY))) {
                log.info("Search index in {} has another schema: it will be rebuilt", folder);
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs() >= 0;
            }
        } catch (IOException | RuntimeException corrupt) {
            log.warn("Search index in {} cannot be read ({}): it will be rebuilt", folder, corrupt.toString());
            return false;
        }
    }

    private static Path newFolder(Path root) {
        return root.resolve("gen-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000);
    }

    /** Adds or replaces an entry, commits, and makes it visible to the next search. */
    public void upsert(SearchEntry entry) {
        write(List.of(entry), List.of());
    }

    /** Removes an entry (it was deleted at the source), commits, and refreshes. */
    public void delete(String key) {
        write(List.of(), List.of(key));
    }

    /**
     * Applies changes and returns once they are committed and searchable: durable before the
     * caller marks its event publication complete.
     */
    public void write(List<SearchEntry> upserts, List<String> deletions) {
        long mine;
        try {
            synchronized (writes) {
                for (Generation target : targets()) {
                    for (SearchEntry entry : upserts) {
                        target.writer().updateDocument(EntryDocuments.keyTerm(entry.key()), documents.toDocument(entry));
                    }
                    for (String key : deletions) {
                        target.writer().deleteDocuments(EntryDocuments.keyTerm(key));
                    }
                }
                if (next != null) {
                    upserts.forEach(entry -> touchedDuringRebuild.add(entry.key()));
                    touchedDuringRebuild.addAll(deletions);
                }
                mine = ++applied;
            }
            commitThrough(mine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits and refreshes unless a commit that started after write {@code mine} was applied has
     * done so already: whoever gets the lock commits every write applied until then, and the
     * writers that waited behind it find theirs covered.
     */
    private void commitThrough(long mine) throws IOException {
        synchronized (commits) {
            if (committed >= mine) {
                return;
            }
            Generation target;
            long through;
            synchronized (writes) {
                target = current;
                through = applied;
            }
            try {
                target.writer().commit();
                target.searchers().maybeRefreshBlocking();
            } catch (AlreadyClosedException swapped) {
                // a rebuild swapped generations meanwhile: these changes went into the new one
                // too, which the swap committed
                if (target == current) {
                    throw swapped;
                }
            }
            committed = through;
        }
    }

    private List<Generation> targets() {
        return next == null ? List.of(current) : List.of(current, next);
    }

    /** Runs a read against the searcher of the moment, releasing it afterwards. */
    public <T> T read(Function<IndexSearcher, T> work) {
        SearcherManager manager = current.searchers();
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.apply(searcher);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                log.debug("Releasing a searcher failed", e);
            }
        }
    }

    public int size() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Starts writing a fresh generation; live changes go to both until {@link #finishRebuild}. */
    public void startRebuild() {
        try {
            synchronized (writes) {
                if (next != null) {
                    throw new IllegalStateException("A rebuild is already running");
                }
                next = Generation.open(newFolder(root), true, searcherFactory);
                touchedDuringRebuild.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a batch of the rebuild; entries changed live in the meantime are left as they are. */
    public void addToRebuild(List<SearchEntry> entries) {
        synchronized (writes) {
            IndexWriter writer = next.writer();
            // analysis is the cost of a rebuild: spread it over the cores (IndexWriter is thread-safe)
            entries.parallelStream().filter(entry -> !touchedDuringRebuild.contains(entry.key())).forEach(entry -> {
                try {
                    writer.addDocument(documents.toDocument(entry));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Brings the entries changed during the rebuild up to date once more (reloaded by the caller
     * while no other change can slip in), commits the new generation and makes it current.
     */
    public void finishRebuild(Function<String, java.util.Optional<SearchEntry>> reload) {
        Generation old;
        try {
            synchronized (writes) {
                for (String key : touchedDuringRebuild) {
                    java.util.Optional<SearchEntry> entry = reload.apply(key);
                    if (entry.isPresent()) {
                        next.writer().updateDocument(EntryDocuments.keyTerm(key), documents.toDocument(entry.get()));
                    } else {
                        next.writer().deleteDocuments(EntryDocuments.keyTerm(key));
                    }
                }
                next.writer().commit();
                next.searchers().maybeRefreshBlocking();
                point(next.folder());
                old = current;
                current = next;
                next = null;
                touchedDuringRebuild.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        retire(old);
    }

    /** Abandons a failed rebuild: the current generation stays. */
    public void abandonRebuild() {
        Generation failed;
        synchronized (writes) {
            failed = next;
            next = null;
            touchedDuringRebuild.clear();
        }
        if (failed != null) {
            retire(failed);
        }
    }

    public boolean rebuilding() {
        synchronized (writes) {
            return next != null;
        }
    }

    private void retire(Generation generation) {
        try {
            generation.writer().rollback();
            generation.searchers().close();
            generation.directory().close();
        } catch (IOException | RuntimeException e) {
            log.warn("Closing the old search index generation failed", e);
        }
        deleteFolder(generation.folder());
    }

    private void point(Path folder) throws IOException {
        Path temporary = root.resolve(POINTER + ".tmp");
        Files.writeString(temporary, folder.getFileName().toString(), StandardCharsets.UTF_8);
        try {
            Files.move(temporary, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void deleteOtherGenerations() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            children.filter(child -> Files.isDirectory(child) && child.getFileName().toString().startsWith("gen-")
                    && !child.equals(current.folder())).forEach(LuceneIndex::deleteFolder);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", folder, e);
        }
    }

    /** Disk use of the current generation, in bytes. */
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.walk(current.folder())) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        mergeFollower.shutdownNow();
        abandonRebuild();
        try {
            synchronized (writes) {
                current.close();
            }
        } catch (IOException e) {
            log.warn("Closing the search index failed", e);
        } finally {
            searcherFactory.close();
        }
    }
}
