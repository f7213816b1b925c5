package io.relais.clients;

/** A document's link to a client and, optionally, one of its projects, with their names. */
public record ClientLink(long clientId, String clientName, Long projectId, String projectName) {
}
