package io.relais.search;

/**
 * An entry of a {@link SearchSource} changed, appeared or disappeared. Publish it in the writing
 * transaction: the durable event publication replays it after a crash, so the index catches up.
 */
public record SearchableChanged(String type, String id) {
}
