package io.relais.clients;

/** One line of a task's checklist; {@code position} identifies it within the task. */
public record ChecklistItem(int position, String text, boolean done) {
}
