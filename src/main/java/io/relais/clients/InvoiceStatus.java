package io.relais.clients;

/** An invoice's state in the register; OVERDUE is set by the nightly detection, not by hand. */
public enum InvoiceStatus {
    DRAFT, SENT, PAID, OVERDUE
}
