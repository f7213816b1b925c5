package io.relais.search.internal;

import com.vaadin.flow.shared.Registration;
import io.relais.platform.SystemTask;
import io.relais.search.IndexStatus;
import io.relais.search.SearchEntry;
import io.relais.search.SearchSource;
import io.relais.search.internal.lucene.LuceneIndex;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the sources: one entry at a time after each committed change, or
 * everything at once in a background rebuild into a fresh generation (searches keep answering
 * from the current one meanwhile). Sources are read as a system task: the index holds every
 * entry, and the audience filter decides who finds what.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;

    private final Map<String, SearchSource> sources = new LinkedHashMap<>();
    private final LuceneIndex index;
    private final Clock clock;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("search-rebuild").daemon(true).factory());
    private final List<Consumer<IndexStatus>> listeners = new CopyOnWriteArrayList<>();
    /** Entries to index again, by key, with who waits for them (guarded by itself). */
    private final Map<String, CompletableFuture<Void>> waiting = new LinkedHashMap<>();
    /** Held by the one thread indexing the waiting entries. */
    private final Object draining = new Object();
    private volatile long rebuilt;
    private volatile long toRebuild;
    private volatile Instant lastRebuild;
    private volatile long lastRebuildMillis;
    private volatile String lastError;
    private volatile Future<?> running;

    SearchIndexer(List<SearchSource> sources, LuceneIndex index, Clock clock) {
        sources.forEach(source -> this.sources.put(source.type(), source));
        this.index = index;
        this.clock = clock;
    }

    /**
     * Brings one entry up to date from its source (or removes it when gone), and returns once the
     * change is committed and searchable. Entries asked for while another thread is indexing wait
     * and are then indexed together, in one write: a commit per change made the indexing of an
     * import cost more than the import itself.
     */
    public void refresh(String type, String id) {
        if (!sources.containsKey(type)) {
            log.warn("No search source for entries of type {}; {} not indexed", type, id);
            return;
        }
        CompletableFuture<Void> mine;
        synchronized (waiting) {
            mine = waiting.computeIfAbsent(SearchEntry.key(type, id), key -> new CompletableFuture<>());
        }
        synchronized (draining) {
            if (!mine.isDone()) {
                indexWaiting();
            }
        }
        try {
            mine.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** Indexes every entry waiting, each loaded after the change that made it wait was committed. */
    private void indexWaiting() {
        Map<String, CompletableFuture<Void>> batch;
        synchronized (waiting) {
            batch = new LinkedHashMap<>(waiting);
            waiting.clear();
        }
        List<SearchEntry> upserts = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        Map<String, CompletableFuture<Void>> written = new LinkedHashMap<>();
        batch.forEach((key, done) -> {
            try {
                SystemTask.runAs(List.of(io.relais.platform.Roles.ADMIN), () -> reload(key))
                        .ifPresentOrElse(upserts::add, () -> deletions.add(key));
                written.put(key, done);
            } catch (RuntimeException failure) {
                done.completeExceptionally(failure); // only this change is retried
            }
        });
        try {
            index.write(upserts, deletions);
            written.values().forEach(done -> done.complete(null));
        } catch (RuntimeException failure) {
            written.values().forEach(done -> done.completeExceptionally(failure));
        }
    }

    /**
     * Brings many entries of one type up to date (those showing a renamed client, say), in
     * commits of {@value #BATCH} rather than one per entry.
     */
    public void refreshAll(String type, Collection<String> ids) {
        SearchSource source = sources.get(type);
        if (source == null) {
            log.warn("No search source for entries of type {}; {} entries not indexed", type, ids.size());
            return;
        }
        List<SearchEntry> upserts = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        for (String id : ids) {
            SystemTask.runAs(List.of(io.relais.platform.Roles.ADMIN), () -> source.load(id))
                    .ifPresentOrElse(upserts::add, () -> deletions.add(SearchEntry.key(type, id)));
            if (upserts.size() + deletions.size() == BATCH) {
                index.write(upserts, deletions);
                upserts.clear();
                deletions.clear();
            }
        }
        if (!upserts.isEmpty() || !deletions.isEmpty()) {
            index.write(upserts, deletions);
        }
    }

    /** Starts a full rebuild in the background; {@code false} if one is already running. */
    public synchronized boolean startRebuild() {
        if (running != null && !running.isDone()) {
            return false;
        }
        rebuilt = 0;
        toRebuild = 0;
        lastError = null;
        index.startRebuild();
        running = rebuilds.submit(() -> SystemTask.runAsAdmin(this::rebuild));
        notifyListeners();
        return true;
    }

    /** Waits for the running rebuild, if any (start-up tooling and tests). */
    public void awaitRebuild() {
        Future<?> job = running;
        if (job != null) {
            try {
                job.get();
            } catch (Exception e) {
                throw new IllegalStateException("The search index rebuild failed", e);
            }
        }
    }

    private void rebuild() {
        long started = System.nanoTime();
        try {
            toRebuild = sources.values().stream().mapToLong(SearchSource::count).sum();
            notifyListeners();
            List<SearchEntry> batch = new ArrayList<>(BATCH);
            for (SearchSource source : sources.values()) {
                source.forEach(entry -> {
                    batch.add(entry);
                    if (batch.size() == BATCH) {
                        flush(batch);
                    }
                });
            }
            flush(batch);
            index.finishRebuild(this::reload);
            lastRebuildMillis = (System.nanoTime() - started) / 1_000_000;
            lastRebuild = clock.instant();
            log.info("Search index rebuilt: {} entries in {} ms", rebuilt, lastRebuildMillis);
        } catch (RuntimeException e) {
            lastError = e.toString();
            index.abandonRebuild();
            log.error("Search index rebuild failed; the previous index stays in use", e);
        } finally {
            notifyListeners();
        }
    }

    private void flush(List<SearchEntry> batch) {
        index.addToRebuild(batch);
        rebuilt += batch.size();
        batch.clear();
        notifyListeners();
    }

    private Optional<SearchEntry> reload(String key) {
        int colon = key.indexOf(':');
        SearchSource source = sources.get(key.substring(0, colon));
        return source == null ? Optional.empty() : source.load(key.substring(colon + 1));
    }

    public IndexStatus status() {
        return new IndexStatus(index.size(), index.rebuilding(), rebuilt, toRebuild, lastRebuild, lastRebuildMillis,
                lastError);
    }

    /** Tells a listener about rebuild progress (from the rebuild's thread) until removed. */
    public Registration onProgress(Consumer<IndexStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void notifyListeners() {
        if (listeners.isEmpty()) {
            return;
        }
        IndexStatus status = status();
        for (Consumer<IndexStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                log.debug("A rebuild progress listener failed", e);
            }
        }
    }

    /** How many entries the sources hold now (to compare with the index at start-up). */
    long sourceCount() {
        return SystemTask.runAs(List.of(io.relais.platform.Roles.ADMIN),
                () -> sources.values().stream().mapToLong(SearchSource::count).sum());
    }

    public List<SearchSource> sources() {
        return List.copyOf(sources.values());
    }
}
