package io.relais.search;

/** The order of results. */
public enum SearchSort {
    RELEVANCE, NEWEST
}
