package io.relais.search.internal;

import io.relais.search.internal.lucene.LuceneIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the demo data: rebuilds the index in the background when it was missing,
 * unreadable or of an older schema, when it holds another number of entries than the database
 * (a data folder restored from another day), or when asked with
 * {@code --relais.search.rebuild-at-start=true}.
 */
@Component
@Order(100)
class IndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

    private final LuceneIndex index;
    private final SearchIndexer indexer;
    private final boolean rebuildAtStart;

    IndexStartup(LuceneIndex index, SearchIndexer indexer,
            @Value("${relais.search.rebuild-at-start:false}") boolean rebuildAtStart) {
        this.index = index;
        this.indexer = indexer;
        this.rebuildAtStart = rebuildAtStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        String reason = reason();
        if (reason != null) {
            log.info("Rebuilding the search index in the background: {}", reason);
            indexer.startRebuild();
        }
    }

    private String reason() {
        if (rebuildAtStart) {
            return "asked with relais.search.rebuild-at-start";
        }
        if (!index.healthyAtOpen()) {
            return "no usable index was found";
        }
        long indexed = index.size();
        long expected = indexer.sourceCount();
        return indexed == expected ? null : "the index holds " + indexed + " entries, the database " + expected;
    }
}
