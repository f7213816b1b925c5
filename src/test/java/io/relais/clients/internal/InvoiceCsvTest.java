package io.relais.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.clients.InvoiceStatus;
import io.relais.clients.InvoiceSummary;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export cannot smuggle a formula into a spreadsheet, nor break its columns. */
class InvoiceCsvTest {

    @Test
    void cellsAFormulaCouldStartWithBecomeText() {
        for (String hostile : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(InvoiceCsv.neutralise(hostile)).as(hostile).startsWith("'").endsWith(hostile);
        }
        assertThat(InvoiceCsv.neutralise("Maison Verdier")).isEqualTo("Maison Verdier");
        assertThat(InvoiceCsv.neutralise(null)).isEmpty();
    }

    @Test
    void quotesSeparatorsAndLineBreaksStayInsideTheirCell() {
        InvoiceSummary row = new InvoiceSummary(1, 0, "F-1", 2, "=cmd|' /C calc'!A0", null, "Projet; \"spécial\"\nligne",
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 1), new BigDecimal("10.00"), new BigDecimal("12.00"),
                InvoiceStatus.PAID, null, null);
        String csv = new String(InvoiceCsv.write(List.of("Numéro", "Client", "Projet"), List.of(row),
                r -> List.of(r.number(), r.clientName(), r.projectName())), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Numéro\";\"Client\";\"Projet\"\r\n");
        assertThat(csv).contains("\"F-1\";\"'=cmd|' /C calc'!A0\";\"Projet; \"\"spécial\"\"\nligne\"\r\n");
    }
}
