package io.relais.docs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.platform.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile archives and folders: each bad file is reported, nothing escapes, nothing explodes. */
class ImportSourcesTest {

    @TempDir
    Path temp;

    @Test
    void entriesThatClimbOutOfTheArchiveAreRefusedAndNothingIsWrittenAnywhere() throws IOException {
        Path zip = zip(Map.of("../evil.md", "x", "/etc/cron.d/evil.md", "x", "C:/evil.md", "x",
                "a/../../evil.md", "x", "b\\..\\..\\evil.md", "x", "ok/fine.md", "# Fine"));

        Map<String, ImportSources.Entry> entries = read(zip, ImportSources.Limits.DEFAULT);

        assertThat(entries.get("ok/fine.md")).isInstanceOf(ImportSources.Readable.class);
        entries.forEach((name, entry) -> {
            if (!name.equals("ok/fine.md")) {
                assertThat(entry).as(name).isInstanceOfSatisfying(ImportSources.Refused.class,
                        refused -> assertThat(refused.reasonKey()).isEqualTo("import.reason.unsafe-path"));
            }
        });
        assertThat(entries).hasSize(6);
        assertThat(temp.getParent().resolve("evil.md")).doesNotExist();
    }

    @Test
    void aZipBombStopsAtTheCapsWhateverItsHeadersClaim() throws IOException {
        Path zip = temp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 3; i++) {
                out.putNextEntry(new ZipEntry("bomb-" + i + ".md"));
                byte[] zeros = new byte[1024 * 1024];
                for (int mb = 0; mb < 64; mb++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(zip)).isLessThan(1024 * 1024);

        Map<String, ImportSources.Entry> entries = read(zip, ImportSources.Limits.DEFAULT);

        assertThat(entries.values()).allSatisfy(entry -> assertThat(entry).isInstanceOfSatisfying(ImportSources.Refused.class,
                refused -> assertThat(refused.reasonKey()).isEqualTo("import.reason.too-large")));
        Map<String, ImportSources.Entry> capped = read(zip, new ImportSources.Limits(80L * 1024 * 1024, 3L * 1024 * 1024, 100));
        assertThat(capped).hasSize(1);
        assertThat(((ImportSources.Refused) capped.values().iterator().next()).reasonKey()).isEqualTo("import.reason.archive-too-large");
    }

    @Test
    void textThatIsNotUtf8OrNotTextAndOtherTypesAreReportedNotCrashed() throws IOException {
        Path zip = temp.resolve("mixed.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "latin1.md", "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
            entry(out, "binary.md", new byte[] {'#', ' ', 0, 1, 2});
            entry(out, "picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            entry(out, "noext", "x".getBytes(StandardCharsets.UTF_8));
            entry(out, "__MACOSX/._page.md", "x".getBytes(StandardCharsets.UTF_8));
            entry(out, ".hidden.md", "x".getBytes(StandardCharsets.UTF_8));
            entry(out, "page.HTML", "<p>é</p>".getBytes(StandardCharsets.UTF_8));
        }

        Map<String, ImportSources.Entry> entries = read(zip, ImportSources.Limits.DEFAULT);

        assertThat(reason(entries.get("latin1.md"))).isEqualTo("import.reason.not-utf8");
        assertThat(reason(entries.get("binary.md"))).isEqualTo("import.reason.binary");
        assertThat(reason(entries.get("picture.png"))).isEqualTo("import.reason.unsupported-type");
        assertThat(reason(entries.get("noext"))).isEqualTo("import.reason.unsupported-type");
        assertThat(entries.get("page.HTML")).isEqualTo(new ImportSources.Readable("page.HTML", "<p>é</p>"));
        assertThat(entries).doesNotContainKeys("__MACOSX/._page.md", ".hidden.md");
        assertThat(ImportSources.countZip(zip)).isEqualTo(5);
    }

    @Test
    void tooManyFilesStopsWithAReason() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            files.put("f" + i + ".md", "x");
        }
        Map<String, ImportSources.Entry> entries = read(zip(files), new ImportSources.Limits(1024, 1024 * 1024, 3));
        assertThat(entries).hasSize(4);
        assertThat(entries.values()).filteredOn(ImportSources.Refused.class::isInstance).singleElement()
                .satisfies(entry -> assertThat(reason(entry)).isEqualTo("import.reason.too-many-files"));
    }

    @Test
    void aFolderIsReadInNameOrderWithoutFollowingLinks() throws IOException {
        Path root = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(Files.createDirectories(root.resolve("b")).resolve("two.md"), "deux");
        Files.writeString(root.resolve("a.md"), "un");
        Path outside = Files.writeString(temp.resolve("secret.md"), "secret");
        Files.createSymbolicLink(root.resolve("link.md"), outside);

        List<ImportSources.Entry> entries = new ArrayList<>();
        ImportSources.folder(root, ImportSources.Limits.DEFAULT, entries::add);

        assertThat(entries).containsExactly(new ImportSources.Readable("a.md", "un"), new ImportSources.Readable("b/two.md", "deux"));
        assertThat(ImportSources.countFolder(root)).isEqualTo(2);
    }

    @Test
    void somethingThatIsNotAZipIsRefused() throws IOException {
        Path notZip = Files.writeString(temp.resolve("fake.zip"), "not a zip");
        assertThatThrownBy(() -> ImportSources.countZip(notZip)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("import.error.not-a-zip");
    }

    private static String reason(ImportSources.Entry entry) {
        return ((ImportSources.Refused) entry).reasonKey();
    }

    private Path zip(Map<String, String> files) throws IOException {
        Path zip = Files.createTempFile(temp, "import", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                entry(out, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static Map<String, ImportSources.Entry> read(Path zip, ImportSources.Limits limits) {
        Map<String, ImportSources.Entry> entries = new LinkedHashMap<>();
        ImportSources.zip(zip, limits, entry -> entries.put(entry.path(), entry));
        return entries;
    }

}
