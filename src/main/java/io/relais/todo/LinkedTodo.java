package io.relais.todo;

import java.time.LocalDate;

/**
 * Another feature's work item as it must appear on its assignee's to-do list.
 *
 * @param source stable key of the work item, unique across Relais, e.g.
 *     {@code docs:action:<documentId>:<position>}, {@code projects:task:<id>},
 *     {@code onboarding:item:<id>}; printable ASCII, at most 200 characters
 * @param personId the assignee: the item moves to their list when it changes
 * @param link a path inside Relais to the work item, or {@code null}
 * @param linkLabel what the link shows (e.g. the document's title), or {@code null}
 */
public record LinkedTodo(String source, long personId, String title, LocalDate dueDate, String link,
        String linkLabel, boolean done) {

    public LinkedTodo(String source, long personId, String title, LocalDate dueDate, String link, boolean done) {
        this(source, personId, title, dueDate, link, null, done);
    }
}
