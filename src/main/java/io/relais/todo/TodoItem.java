package io.relais.todo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A to-do item as its owner sees it.
 *
 * @param linked whether another feature owns it (its wording and due date change there)
 */
public record TodoItem(long id, long version, String title, LocalDate dueDate, String link,
        String linkLabel, boolean done, boolean linked, Instant createdAt, Instant completedAt) {

    public boolean overdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }

    public boolean dueToday(LocalDate today) {
        return !done && today.equals(dueDate);
    }

    public TodoForm toForm() {
        return new TodoForm(title, dueDate, link, linkLabel);
    }
}
