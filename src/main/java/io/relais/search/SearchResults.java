package io.relais.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results for the person searching: every count, facet and hit reflects only entries
 * they may open.
 *
 * @param total how many entries match (all pages)
 * @param facets per facet name, its values with counts, largest first
 * @param didYouMean a corrected query that finds something, or {@code null}
 * @param fuzzy whether unknown words were matched loosely (typo tolerance)
 * @param queryId the analytics entry of this search, to record clicks ({@code 0} when not logged)
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
        String didYouMean, boolean fuzzy, long queryId) {

    public static final List<String> FACETS = List.of("kind", "client", "project", "space", "tag", "author", "year");

    /** The deepest result one can page to; beyond it people refine their query. */
    public static final int MAX_WINDOW = 1_000;

    public static SearchResults empty() {
        return new SearchResults(0, List.of(), Map.of(), null, false, 0);
    }
}
