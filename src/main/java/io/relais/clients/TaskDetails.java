package io.relais.clients;

import io.relais.people.PersonRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task with everything its page shows. */
public record TaskDetails(long id, long version, long projectId, String projectName, long clientId,
        String clientName, String title, String description, String descriptionHtml, PersonRef assignee,
        LocalDate dueDate, TaskStatus status, TaskPriority priority, PersonRef createdBy, Instant createdAt,
        List<ChecklistItem> checklist, List<TaskComment> comments, List<DocumentRef> documents,
        boolean overdue, boolean canEdit) {

    public TaskForm toForm() {
        return new TaskForm(projectId, title, description, assignee == null ? null : assignee.id(), dueDate, priority);
    }
}
