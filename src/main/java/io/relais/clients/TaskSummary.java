package io.relais.clients;

import io.relais.people.PersonRef;
import java.time.LocalDate;

/**
 * One task on a board or in a list.
 *
 * @param assignee {@code null} when nobody is assigned
 * @param overdue open and due before today
 */
public record TaskSummary(long id, long version, long projectId, String projectName, String clientName,
        String title, PersonRef assignee, LocalDate dueDate, TaskStatus status, TaskPriority priority,
        int checklistDone, int checklistTotal, boolean overdue) {

    public String path() {
        return TaskPaths.of(id);
    }
}
