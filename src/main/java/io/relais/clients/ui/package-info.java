/** Clients, client page, project page with its board, task list and page, invoices register. */
package io.relais.clients.ui;
