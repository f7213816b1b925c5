package io.relais.clients;

import io.relais.people.PersonRef;
import java.time.Instant;

/**
 * A client as one reader may see it.
 *
 * @param version what to send back with an update (optimistic locking)
 * @param notesHtml the notes rendered from Markdown and sanitized
 * @param canEdit whether the reader may edit the client, its contacts and create projects
 * @param canSeeInvoices whether the reader sees every invoice of the client (ADMIN, LEADERSHIP)
 */
public record ClientDetails(long id, long version, String name, String sector, ClientStatus status,
        PersonRef accountOwner, String notes, String notesHtml, Instant updatedAt, boolean canEdit,
        boolean canSeeInvoices) {

    public ClientForm toForm() {
        return new ClientForm(name, sector, status, accountOwner.id(), notes);
    }
}
