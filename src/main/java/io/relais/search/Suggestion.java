package io.relais.search;

/**
 * An autocomplete proposal: a title to open directly ({@code path} set) or a popular query to run.
 */
public record Suggestion(Type type, String label, String kind, String path) {

    public enum Type { TITLE, QUERY }
}
