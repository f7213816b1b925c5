package io.relais.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV a spreadsheet opens without running anything: formulas stay text, quotes are doubled. */
class CsvTest {

    @Test
    void neutralisesEveryFormulaPrefix() {
        for (String hostile : List.of("=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd")) {
            assertThat(Csv.neutralise(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
        assertThat(Csv.neutralise("Équipe Tech & Data")).isEqualTo("Équipe Tech & Data");
        assertThat(Csv.neutralise(null)).isEmpty();
    }

    @Test
    void writesAQuotedSemicolonSeparatedFileWithAByteOrderMark() {
        String csv = new String(Csv.write(List.of("Période", "Indice"),
                List.of(List.of("=cmd|' /C calc'!A0", "42"), List.of("Il a dit \"oui\"", ""))), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF\"Période\";\"Indice\"\r\n");
        assertThat(csv).contains("\"'=cmd|' /C calc'!A0\";\"42\"\r\n");
        assertThat(csv).contains("\"Il a dit \"\"oui\"\"\";\"\"\r\n");
    }

    private record Row(String number, String client, String project) {
    }

    @Test
    void rowsOfAnyTypeBecomeTheirCellsWithSeparatorsAndLineBreaksInsideTheirCell() {
        Row row = new Row("F-1", "=cmd|' /C calc'!A0", "Projet; \"spécial\"\nligne");
        String csv = new String(Csv.write(List.of("Numéro", "Client", "Projet"), List.of(row),
                r -> List.of(r.number(), r.client(), r.project())), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Numéro\";\"Client\";\"Projet\"\r\n");
        assertThat(csv).contains("\"F-1\";\"'=cmd|' /C calc'!A0\";\"Projet; \"\"spécial\"\"\nligne\"\r\n");
    }
}
