package io.relais.clients;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Euros invoiced (issued, drafts left out) and euros paid in one month, taxes included. */
public record MonthlyBilling(YearMonth month, BigDecimal billed, BigDecimal paid) {
}
