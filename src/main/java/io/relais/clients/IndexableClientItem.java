package io.relais.clients;

import java.time.Instant;

/**
 * A client, contact, project or task as search indexes it, with the client and project it
 * belongs to. Only for system use: a contact's phone number is never part of it (only some
 * people may read it, while every signed-in person finds contacts).
 *
 * @param responsible the account owner of a client, the owner of a project, the assignee of a
 *        task, or {@code null}
 * @param projectId the project of a task (and a project itself), or {@code null}
 * @param projectLabel the project as its client names it ({@code "Client — Project"}), or {@code null}
 */
public record IndexableClientItem(ClientItem item, long id, String title, String body, String responsible,
        long clientId, String clientName, Long projectId, String projectLabel, Instant updatedAt) {

    /** The page a search hit opens: a contact opens its client. */
    public String path() {
        return switch (item) {
            case CLIENT, CONTACT -> TaskPaths.client(clientId);
            case PROJECT -> TaskPaths.project(projectId);
            case TASK -> TaskPaths.of(id);
        };
    }

    /** How a project is named outside its client's page: unique, since project names are unique per client. */
    public static String projectLabel(String clientName, String projectName) {
        return clientName + " — " + projectName;
    }
}
