package io.relais.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the invoices register. */
public record InvoiceSummary(long id, long version, String number, long clientId, String clientName,
        Long projectId, String projectName, LocalDate issueDate, LocalDate dueDate, BigDecimal amountExclTax,
        BigDecimal amountInclTax, InvoiceStatus status, LocalDate paidOn, String pdfName) {

    public InvoiceForm toForm() {
        return new InvoiceForm(clientId, projectId, number, issueDate, dueDate, amountExclTax, amountInclTax, status);
    }
}
