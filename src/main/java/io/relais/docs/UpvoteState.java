package io.relais.docs;

/** A document's upvotes after a toggle: whether the reader upvotes it now, and how many do. */
public record UpvoteState(boolean upvoted, long count) {
}
