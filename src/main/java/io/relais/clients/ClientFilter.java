package io.relais.clients;

/**
 * Filters of the clients list; {@code null} means "any".
 *
 * @param text part of the client's name, sector or one of its contacts' names
 */
public record ClientFilter(String text, ClientStatus status, String sector, Long accountOwnerId) {

    public static final ClientFilter ALL = new ClientFilter(null, null, null, null);
}
