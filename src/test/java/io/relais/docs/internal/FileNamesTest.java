package io.relais.docs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd|passwd",
            "C:\\Windows\\system32\\evil.pdf|evil.pdf",
            "..|file",
            ".bashrc|bashrc",
            "   |file",
            "rapport final .pdf. |rapport final .pdf",
            "a<b>c:d\"e?f*.txt|abcdef.txt",
            "Compte rendu réunion.docx|Compte rendu réunion.docx"})
    void keepsOnlyAHarmlessLabel(String original, String expected) {
        assertThat(FileNames.sanitise(original)).isEqualTo(expected);
    }

    @Test
    void dropsControlAndBidirectionalCharactersAndNull() {
        assertThat(FileNames.sanitise("facture\u202Efdp.exe")).isEqualTo("facturefdp.exe");
        assertThat(FileNames.sanitise("ligne\r\nContent-Type: x.txt")).isEqualTo("ligneContent-Type x.txt");
        assertThat(FileNames.sanitise("nul\u0000.txt")).isEqualTo("nul.txt");
        assertThat(FileNames.sanitise(null)).isEqualTo("file");
    }

    @Test
    void boundsTheLengthAndKeepsTheExtension() {
        String name = FileNames.sanitise("é".repeat(500) + ".docx");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(200);
        assertThat(name).endsWith(".docx");
        assertThat(FileNames.extension("Notes.MD")).isEqualTo("md");
        assertThat(FileNames.extension("sans-extension")).isEmpty();
    }
}
