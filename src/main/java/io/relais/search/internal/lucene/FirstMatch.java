package io.relais.search.internal.lucene;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Whether a query matches anything, stopping at the first match of each slice: "is this word
 * anywhere the reader may look?" must not cost a count of the tens of thousands of entries a
 * common word is in.
 */
final class FirstMatch implements Collector {

    private volatile boolean found;

    static boolean any(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<FirstMatch, Boolean>() {
            @Override
            public FirstMatch newCollector() {
                return new FirstMatch();
            }

            @Override
            public Boolean reduce(Collection<FirstMatch> collectors) {
                return collectors.stream().anyMatch(collector -> collector.found);
            }
        });
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        if (found) {
            throw new CollectionTerminatedException();
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // matches are not scored
            }

            @Override
            public void collect(int doc) {
                found = true;
                throw new CollectionTerminatedException();
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
