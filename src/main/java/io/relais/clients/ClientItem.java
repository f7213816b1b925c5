package io.relais.clients;

/** The things of this module that search finds, and their pages. */
public enum ClientItem {
    CLIENT, CONTACT, PROJECT, TASK
}
