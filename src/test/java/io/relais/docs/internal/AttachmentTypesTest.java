package io.relais.docs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.docs.SampleFiles;
import io.relais.platform.UserFacingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The type and zip-bomb checks with small limits, without Spring. */
class AttachmentTypesTest {

    @TempDir
    Path folder;

    private static AttachmentTypes types(int maxEntries, String maxUnpacked) {
        return new AttachmentTypes(new AttachmentProperties(DataSize.parse("5MB"), DataSize.parse(maxUnpacked),
                maxEntries, 100, 1000, Duration.ofSeconds(5), DataSize.parse("256MB")));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void realFilesAreDetectedFromTheirBytes() throws IOException {
        AttachmentTypes types = types(100, "50MB");
        assertThat(types.inspect(write("a", SampleFiles.pdf("x")), "a.pdf")).isEqualTo("application/pdf");
        assertThat(types.inspect(write("b", SampleFiles.docx("x")), "b.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(types.inspect(write("c", SampleFiles.text("bonjour")), "c.md")).isEqualTo("text/plain");
    }

    @Test
    void aDocxRenamedPdfOrAPdfRenamedDocxIsRefused() throws IOException {
        AttachmentTypes types = types(100, "50MB");
        assertThatThrownBy(() -> types.inspect(write("a", SampleFiles.docx("x")), "a.pdf"))
                .hasFieldOrPropertyWithValue("messageKey", "attachments.error.content-mismatch");
        assertThatThrownBy(() -> types.inspect(write("b", SampleFiles.pdf("x")), "b.docx"))
                .hasFieldOrPropertyWithValue("messageKey", "attachments.error.content-mismatch");
    }

    @Test
    void tooManyEntriesIsABomb() throws IOException {
        Path zip = folder.resolve("many.docx");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (int i = 0; i < 50; i++) {
                entries.putNextEntry(new ZipEntry("part" + i + ".xml"));
                entries.write("<x/>".getBytes());
                entries.closeEntry();
            }
        }
        assertThatThrownBy(() -> types(20, "50MB").inspect(zip, "many.docx"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("attachments.error.zip-bomb"));
    }

    @Test
    void tooMuchInflatedDataIsABombEvenAtAnInnocentRatio() throws IOException {
        // 3 MB of random-looking text does not compress much, but exceeds a 2 MB unpacked budget
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(42);
        while (text.length() < 3 * 1024 * 1024) {
            text.append(Long.toString(random.nextLong(), 36));
        }
        Path zip = folder.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            entries.write(text.toString().getBytes());
            entries.closeEntry();
        }
        assertThatThrownBy(() -> types(100, "2MB").inspect(zip, "big.xlsx"))
                .hasFieldOrPropertyWithValue("messageKey", "attachments.error.zip-bomb");
    }

    @Test
    void aBrokenZipIsUnreadable() throws IOException {
        byte[] broken = SampleFiles.docx("x");
        byte[] truncated = java.util.Arrays.copyOf(broken, broken.length / 2);
        assertThatThrownBy(() -> types(100, "50MB").inspect(write("t", truncated), "t.docx"))
                .hasFieldOrPropertyWithValue("messageKey", "attachments.error.unreadable");
    }
}
