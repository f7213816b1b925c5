package io.relais.clients;

import io.relais.people.PersonRef;

/** One line of the clients list. */
public record ClientSummary(long id, String name, String sector, ClientStatus status, PersonRef accountOwner,
        long openProjects) {
}
