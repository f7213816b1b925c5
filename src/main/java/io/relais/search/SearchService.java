package io.relais.search;

import com.vaadin.flow.shared.Registration;
import io.relais.platform.CurrentUser;
import io.relais.search.internal.SearchIndexer;
import io.relais.search.internal.SearchLog;
import io.relais.search.internal.lucene.IndexSearch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Search for the signed-in person: results, facets, suggestions and corrections computed with
 * their audience inside the Lucene query, so nothing they may not open is ever counted, shown or
 * hinted at. Searches and clicks feed the analytics that ADMIN and LEADERSHIP read.
 */
@Service
public class SearchService {

    /** Suggestions start at this many characters. */
    public static final int SUGGEST_MIN_CHARS = 2;
    private static final int SUGGESTED_TITLES = 6;
    private static final int SUGGESTED_QUERIES = 3;
    private static final Duration POPULAR_PERIOD = Duration.ofDays(90);
    private static final Duration POPULAR_REFRESH = Duration.ofMinutes(5);

    public enum Channel { UI, API }

    private final IndexSearch search;
    private final SearchIndexer indexer;
    private final SearchLog log;
    private final CurrentUser currentUser;
    private final AtomicReference<PopularQueries> popular = new AtomicReference<>(new PopularQueries(List.of(), 0));

    private record PopularQueries(List<String> queries, long loadedAtNanos) {
    }

    SearchService(IndexSearch search, SearchIndexer indexer, SearchLog log, CurrentUser currentUser) {
        this.search = search;
        this.indexer = indexer;
        this.log = log;
        this.currentUser = currentUser;
    }

    /** A page of results with facets; a new query (first page) is recorded for the analytics. */
    @PreAuthorize("isAuthenticated()")
    public SearchResults search(SearchRequest request, Channel channel) {
        SearchResults results = search.search(request.query(), request.facets(), audience(), request.sort(),
                request.offset(), request.limit());
        if (request.offset() > 0 || request.query().isBlank()) {
            return results;
        }
        long queryId = log.record(currentUser.require().username(), request.query(), results.total(), channel.name());
        popular.set(new PopularQueries(List.of(), 0)); // this search may have made a query popular
        return new SearchResults(results.total(), results.hits(), results.facets(), results.didYouMean(),
                results.fuzzy(), queryId);
    }

    /** Further hits of a search already shown (lazy paging), not recorded again. */
    @PreAuthorize("isAuthenticated()")
    public List<SearchHit> hits(SearchRequest request) {
        return search.search(request.query(), request.facets(), audience(), request.sort(), request.offset(),
                request.limit()).hits();
    }

    /**
     * Autocomplete after {@value #SUGGEST_MIN_CHARS} characters: titles the person may open, then
     * popular queries (typed by several people) that find something for them too.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Suggestion> suggest(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < SUGGEST_MIN_CHARS || text.length() > 100) {
            return List.of();
        }
        Set<String> audience = audience();
        List<Suggestion> result = new ArrayList<>(search.titles(text, audience, SUGGESTED_TITLES));
        String prefix = text.toLowerCase(Locale.ROOT);
        int queries = 0;
        for (String query : popularQueries()) {
            if (queries == SUGGESTED_QUERIES) {
                break;
            }
            if (query.startsWith(prefix) && !query.equals(prefix) && search.count(query, audience) > 0) {
                result.add(new Suggestion(Suggestion.Type.QUERY, query, null, null));
                queries++;
            }
        }
        return result;
    }

    /** Records that a result of one's own search was opened. */
    @PreAuthorize("isAuthenticated()")
    public void recordClick(long queryId, String entryKey, int position) {
        if (queryId > 0 && entryKey != null) {
            log.click(currentUser.require().username(), queryId, entryKey, position);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADERSHIP')")
    public SearchInsights insights(int days) {
        return log.insights(Math.max(1, Math.min(days, 366)), 10);
    }

    /** Starts a full rebuild in the background; {@code false} if one is already running. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean rebuild() {
        return indexer.startRebuild();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus status() {
        return indexer.status();
    }

    /** Rebuild progress for an administrator's screen; the listener is called from the rebuild's thread. */
    @PreAuthorize("hasRole('ADMIN')")
    public Registration onIndexProgress(Consumer<IndexStatus> listener) {
        return indexer.onProgress(listener);
    }

    private Set<String> audience() {
        Set<String> tokens = new HashSet<>();
        for (SearchSource source : indexer.sources()) {
            tokens.addAll(source.audienceOfCurrentUser());
        }
        return tokens;
    }

    private List<String> popularQueries() {
        PopularQueries cached = popular.get();
        if (System.nanoTime() - cached.loadedAtNanos() > POPULAR_REFRESH.toNanos() || cached.loadedAtNanos() == 0) {
            cached = new PopularQueries(List.copyOf(new LinkedHashSet<>(log.popular(POPULAR_PERIOD, 500))), System.nanoTime());
            popular.set(cached);
        }
        return cached.queries();
    }
}
