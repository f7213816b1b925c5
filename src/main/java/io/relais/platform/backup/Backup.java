package io.relais.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Backs up an installation while Relais runs: the attachment files, then a consistent dump of the
 * database, then the files added meanwhile. Every file the dump refers to was stored before the
 * dump's snapshot (a file is kept before its attachment is committed, ADR 0009), so it is in one
 * of the two copies; the search index is not saved: it is rebuilt from the database at start.
 * The backup is written to {@code <name>.partial} and renamed only once complete.
 */
public final class Backup {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'relais-backup-'yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private Backup() {
    }

    /** Writes a new backup into {@code destination} and answers its folder. */
    public static Path run(BackupSettings settings, Path destination, Clock clock, PrintStream out) {
        Path folder = destination.toAbsolutePath().normalize().resolve(NAME.format(clock.instant()));
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        try (DatabaseConnection database = DatabaseConnection.open(settings, false)) {
            if (Files.exists(folder) || Files.exists(partial)) {
                throw new IllegalArgumentException(folder + " already exists");
            }
            Files.createDirectories(partial);
            long started = System.nanoTime();
            out.println("Backing up " + settings.dataDir() + " into " + folder);
            Path files = partial.resolve(BackupFolder.FILES);
            BackupFolder.Copied copied = BackupFolder.copyNewFiles(settings.files(), files);
            String schemaVersion = schemaVersion(database);
            Path dump = partial.resolve(BackupFolder.DATABASE);
            MariaDbPrograms.dump(database, dump);
            copied = copied.plus(BackupFolder.copyNewFiles(settings.files(), files));
            BackupFolder.Manifest manifest = new BackupFolder.Manifest(clock.instant().toString(), schemaVersion,
                    BackupFolder.sha256(dump), Files.size(dump), copied.count(), copied.bytes());
            manifest.write(partial);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            out.printf(Locale.ROOT, "Backup done in %.1f s: database %d KiB (schema version %s), %d files (%d KiB)%n",
                    (System.nanoTime() - started) / 1e9, manifest.databaseBytes() / 1024, schemaVersion,
                    copied.count(), copied.bytes() / 1024);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last Flyway migration applied, so a restore can tell which Relais wrote the backup. */
    private static String schemaVersion(DatabaseConnection database) {
        try (Connection connection = database.jdbc(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select version from flyway_schema_history where success = 1 order by installed_rank desc limit 1")) {
            return row.next() ? row.getString(1) : "none";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database at " + database.host + ":" + database.port
                    + " (" + e.getMessage() + ")", e);
        }
    }
}
