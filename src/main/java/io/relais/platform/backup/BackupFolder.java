package io.relais.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The layout of one backup: {@code database.sql} (the dump), {@code files/} (the attachment
 * files, by their storage names) and {@code backup.properties} (what the restore checks first:
 * the dump's SHA-256 and the number of files).
 */
final class BackupFolder {

    static final String DATABASE = "database.sql";
    static final String FILES = "files";
    static final String MANIFEST = "backup.properties";

    private BackupFolder() {
    }

    /** What a backup holds, as written in its manifest. */
    record Manifest(String created, String schemaVersion, String databaseSha256, long databaseBytes,
            long fileCount, long fileBytes) {

        void write(Path folder) throws IOException {
            Properties properties = new Properties();
            properties.setProperty("created", created);
            properties.setProperty("schema-version", schemaVersion);
            properties.setProperty("database-sha256", databaseSha256);
            properties.setProperty("database-bytes", Long.toString(databaseBytes));
            properties.setProperty("file-count", Long.toString(fileCount));
            properties.setProperty("file-bytes", Long.toString(fileBytes));
            try (OutputStream out = Files.newOutputStream(folder.resolve(MANIFEST))) {
                properties.store(out, "Relais backup: restore with java -jar relais.jar --relais.restore=<this folder>");
            }
        }

        static Manifest read(Path folder) throws IOException {
            Path file = folder.resolve(MANIFEST);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(folder + " is not a Relais backup (no " + MANIFEST + ")");
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            return new Manifest(properties.getProperty("created"), properties.getProperty("schema-version"),
                    properties.getProperty("database-sha256"), Long.parseLong(properties.getProperty("database-bytes")),
                    Long.parseLong(properties.getProperty("file-count")), Long.parseLong(properties.getProperty("file-bytes")));
        }
    }

    /** Number and total size of files copied. */
    record Copied(long count, long bytes) {
        Copied plus(Copied other) {
            return new Copied(count + other.count, bytes + other.bytes);
        }
    }

    /**
     * Copies the attachment files of {@code from} that {@code to} does not hold yet. Attachment
     * files are never rewritten (each upload gets a new name), so a name already copied is
     * already complete; uploads still being received ({@code .incoming/}) are left out.
     */
    static Copied copyNewFiles(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return new Copied(0, 0);
        }
        Files.createDirectories(to);
        long count = 0;
        long bytes = 0;
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(BackupFolder::isAttachmentFile).toList()) {
                Path target = to.resolve(file.getFileName().toString());
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
                    continue; // its attachment was removed meanwhile (ADR 0021: what a backup may miss)
                }
                count++;
                bytes += Files.size(target);
            }
        }
        return new Copied(count, bytes);
    }

    /** The attachment files of a folder: regular files at its top level, not hidden. */
    static long countFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(BackupFolder::isAttachmentFile).count();
        }
    }

    private static boolean isAttachmentFile(Path file) {
        return Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".");
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
