package io.relais.clients;

import java.time.LocalDate;

/** A task as typed; its project never changes, its status moves on the board. */
public record TaskForm(long projectId, String title, String description, Long assigneeId, LocalDate dueDate,
        TaskPriority priority) {
}
