package io.relais.publicsite;

import io.relais.docs.DocumentChanged;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered public pages, indexes and the sitemap, kept in memory until a document changes.
 *
 * <p>Any {@link DocumentChanged} empties the whole cache, after the change commits: a page also
 * shows the titles of the public documents it links to, and indexes list every public document,
 * so a targeted eviction would have to know every page that mentions the changed one. Writes are
 * rare next to public reads, so rendering again is cheap. A render that started before a change
 * is never stored after it (the generation check), so a stale page cannot outlive its
 * invalidation. Beyond {@link #MAX_BYTES} of bodies nothing more is stored: pages are still
 * served, only rendered each time.
 */
@Component
class PublicPageCache {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Map<String, Optional<CachedResponse>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    /**
     * The cached answer for a key, or the one {@code render} makes (stored if it exists and
     * nothing changed meanwhile). An absent answer (404) is not cached: a document that becomes
     * public must show at once, and unknown addresses must not fill the memory.
     */
    Optional<CachedResponse> get(String key, Supplier<Optional<CachedResponse>> render) {
        Optional<CachedResponse> cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        Optional<CachedResponse> rendered = render.get();
        if (rendered.isPresent() && bytes.get() < MAX_BYTES) {
            synchronized (this) {
                if (generation.get() == before && entries.putIfAbsent(key, rendered) == null) {
                    bytes.addAndGet(rendered.get().body().length);
                }
            }
        }
        return rendered;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DocumentChanged event) {
        invalidate();
    }

    synchronized void invalidate() {
        generation.incrementAndGet();
        entries.clear();
        bytes.set(0);
    }

    int size() {
        return entries.size();
    }
}
