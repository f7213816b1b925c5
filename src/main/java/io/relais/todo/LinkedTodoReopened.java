package io.relais.todo;

/** The owner of a linked to-do unticked it: the owning feature reopens its work item. */
public record LinkedTodoReopened(String source, long personId) {
}
