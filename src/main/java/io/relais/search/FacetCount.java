package io.relais.search;

/** How many of the results have one value of a facet (one of {@link SearchResults#FACETS}). */
public record FacetCount(String value, long count) {
}
