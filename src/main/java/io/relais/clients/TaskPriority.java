package io.relais.clients;

/** How urgent a task is; boards and lists show the most urgent first. */
public enum TaskPriority {
    URGENT, HIGH, NORMAL, LOW
}
