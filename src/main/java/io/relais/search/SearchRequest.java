package io.relais.search;

import java.util.Map;

/**
 * A search: the text as typed (query language in the README), facet values picked by clicking
 * (each of {@link SearchResults#FACETS} to a value), the order
 * and the window of hits wanted.
 */
public record SearchRequest(String query, Map<String, String> facets, SearchSort sort, int offset, int limit) {

    public SearchRequest {
        query = query == null ? "" : query;
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, 20);
    }

    public SearchRequest window(int newOffset, int newLimit) {
        return new SearchRequest(query, facets, sort, newOffset, newLimit);
    }
}
