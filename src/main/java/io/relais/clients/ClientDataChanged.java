package io.relais.clients;

/**
 * A client, contact, project or task was created, changed or removed. Published in the writing
 * transaction, so the event publication registry keeps it durable with the data (search indexes
 * these items from it).
 *
 * @param renamed whether its name changed: the items and documents that show the name of this
 *        client or project (its contacts, projects, tasks, linked documents) changed with it
 */
public record ClientDataChanged(ClientItem item, long id, boolean renamed) {

    public static ClientDataChanged of(ClientItem item, long id) {
        return new ClientDataChanged(item, id, false);
    }
}
