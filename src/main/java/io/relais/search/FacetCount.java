package io.relais.search;

/** How many of the results have one value of a facet ({@code kind}, {@code space}, {@code tag}, {@code author}, {@code year}). */
public record FacetCount(String value, long count) {
}
