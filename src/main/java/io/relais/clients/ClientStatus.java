package io.relais.clients;

/** Where the agency stands with a client. */
public enum ClientStatus {
    PROSPECT, ACTIVE, FORMER
}
