package io.relais.clients;

import io.relais.people.PersonRef;
import java.time.Instant;

/**
 * One line of a client's or project's activity feed.
 *
 * @param action what happened ({@code TASK_MOVED}, {@code COMMENTED}, ...), a translation key suffix
 * @param actor {@code null} for the system (overdue detection)
 * @param detail the words that go with it: a task title, an invoice number
 * @param status where a moved task went, {@code null} for other actions
 */
public record TimelineEntry(long id, Instant occurredAt, PersonRef actor, String action, Long projectId,
        String projectName, Long taskId, String detail, TaskStatus status) {
}
