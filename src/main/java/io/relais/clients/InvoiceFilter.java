package io.relais.clients;

/** Filters of the invoices register; {@code null} means "any". {@code text} matches number and client. */
public record InvoiceFilter(Long clientId, Long projectId, InvoiceStatus status, String text) {

    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, null);
}
