package io.relais.clients;

import java.time.Instant;

/**
 * A document of the hub as this module shows it: enough to list and link it.
 *
 * @param kind the document kind's name (as the document module spells it)
 * @param path its address inside Relais
 */
public record DocumentRef(long id, String title, String kind, String path, Instant updatedAt) {
}
