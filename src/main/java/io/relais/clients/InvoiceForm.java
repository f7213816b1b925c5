package io.relais.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as typed; amounts in euros. */
public record InvoiceForm(long clientId, Long projectId, String number, LocalDate issueDate, LocalDate dueDate,
        BigDecimal amountExclTax, BigDecimal amountInclTax, InvoiceStatus status) {
}
