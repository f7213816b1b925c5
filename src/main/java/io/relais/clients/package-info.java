/**
 * The client side of the agency: clients and their contacts, projects and their tasks, the
 * invoices register and the project activity feed. Everybody signed in sees clients, projects
 * and tasks (company transparency); contact phone numbers and invoices only ADMIN, LEADERSHIP
 * and the owners named in ADR 0015. Documents of the hub link here through {@link
 * io.relais.clients.LinkedDocuments}, which the document module implements, so this module
 * never depends on it.
 */
package io.relais.clients;
