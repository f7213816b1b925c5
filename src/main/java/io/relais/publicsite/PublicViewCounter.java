package io.relais.publicsite;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.relais.docs.ReadingStats;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the views of public pages into the documents' reading figures. A cached page is served
 * without touching the database, so views are added up in memory and written every few seconds
 * (and at shutdown), one row update per document rather than one per request.
 */
@Component
class PublicViewCounter {

    private final ReadingStats readingStats;
    private final Counter views;
    private final Map<Long, Long> pending = new ConcurrentHashMap<>();

    PublicViewCounter(ReadingStats readingStats, MeterRegistry registry) {
        this.readingStats = readingStats;
        this.views = Counter.builder("relais.public.views").description("Views of public knowledge-base pages")
                .register(registry);
    }

    void viewed(long documentId) {
        views.increment();
        pending.merge(documentId, 1L, Long::sum); // atomic per document, like the removal below
    }

    /** Writes the views counted since the last time; also what tests call to see them at once. */
    @Scheduled(fixedDelayString = "${relais.public.views-flush-interval:5s}")
    @PreDestroy
    void flush() {
        for (Long documentId : pending.keySet()) {
            Long counted = pending.remove(documentId);
            if (counted != null) {
                readingStats.recordAnonymousViews(documentId, counted);
            }
        }
    }
}
