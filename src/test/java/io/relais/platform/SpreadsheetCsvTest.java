package io.relais.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export cannot smuggle a formula into a spreadsheet, nor break its columns. */
class SpreadsheetCsvTest {

    private record Row(String number, String client, String project) {
    }

    @Test
    void cellsAFormulaCouldStartWithBecomeText() {
        for (String hostile : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(SpreadsheetCsv.neutralise(hostile)).as(hostile).startsWith("'").endsWith(hostile);
        }
        assertThat(SpreadsheetCsv.neutralise("Maison Verdier")).isEqualTo("Maison Verdier");
        assertThat(SpreadsheetCsv.neutralise(null)).isEmpty();
    }

    @Test
    void quotesSeparatorsAndLineBreaksStayInsideTheirCell() {
        Row row = new Row("F-1", "=cmd|' /C calc'!A0", "Projet; \"spécial\"\nligne");
        String csv = new String(SpreadsheetCsv.write(List.of("Numéro", "Client", "Projet"), List.of(row),
                r -> List.of(r.number(), r.client(), r.project())), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Numéro\";\"Client\";\"Projet\"\r\n");
        assertThat(csv).contains("\"F-1\";\"'=cmd|' /C calc'!A0\";\"Projet; \"\"spécial\"\"\nligne\"\r\n");
    }
}
