package io.relais.clients;

/** What people type to create or edit a client; validated by the service. */
public record ClientForm(String name, String sector, ClientStatus status, Long accountOwnerId, String notes) {
}
