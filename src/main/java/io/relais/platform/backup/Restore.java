package io.relais.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Brings a fresh installation back to the state of a backup: checks the backup is whole, loads the
 * dump into the empty database and copies the attachment files. It refuses a database that
 * already has tables or a files folder that already holds files (it never merges nor overwrites),
 * and a running Relais. The search index is removed: Relais rebuilds it from the database at its
 * next start (ADR 0011).
 */
public final class Restore {

    private Restore() {
    }

    public static void run(BackupSettings settings, Path backup, PrintStream out) {
        Path folder = backup.toAbsolutePath().normalize();
        try {
            BackupFolder.Manifest manifest = BackupFolder.Manifest.read(folder);
            Path dump = folder.resolve(BackupFolder.DATABASE);
            if (!Files.isRegularFile(dump) || !BackupFolder.sha256(dump).equals(manifest.databaseSha256())) {
                throw new IllegalArgumentException(dump + " is missing or damaged (its SHA-256 differs from the manifest)");
            }
            Path files = folder.resolve(BackupFolder.FILES);
            if (BackupFolder.countFiles(files) != manifest.fileCount()) {
                throw new IllegalArgumentException(files + " holds " + BackupFolder.countFiles(files)
                        + " files, the manifest " + manifest.fileCount());
            }
            if (BackupFolder.countFiles(settings.files()) > 0) {
                throw new IllegalArgumentException(settings.files() + " already holds files: restore into a fresh installation");
            }
            long started = System.nanoTime();
            out.println("Restoring the backup of " + manifest.created() + " (schema version " + manifest.schemaVersion()
                    + ") into " + settings.dataDir());
            try (DatabaseConnection database = DatabaseConnection.open(settings, true)) {
                requireEmpty(database);
                MariaDbPrograms.load(database, dump);
            }
            BackupFolder.Copied copied = BackupFolder.copyNewFiles(files, settings.files());
            deleteFolder(settings.index());
            out.printf(Locale.ROOT, "Restore done in %.1f s: %d files (%d KiB); the search index is rebuilt at the next start%n",
                    (System.nanoTime() - started) / 1e9, copied.count(), copied.bytes() / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireEmpty(DatabaseConnection database) {
        try (Connection connection = database.jdbc();
                PreparedStatement tables = connection.prepareStatement(
                        "select count(*) from information_schema.tables where table_schema = ?")) {
            tables.setString(1, database.database);
            try (ResultSet row = tables.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    throw new IllegalArgumentException("the database " + database.database
                            + " already has tables: restore into a fresh installation");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database at " + database.host + ":" + database.port
                    + " (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
