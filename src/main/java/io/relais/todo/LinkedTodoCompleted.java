package io.relais.todo;

/**
 * The owner of a linked to-do ticked it: the feature owning {@code source} marks its work item
 * done. Published in the ticking transaction; listeners run in it, so the tick and the work item
 * commit together.
 */
public record LinkedTodoCompleted(String source, long personId) {
}
