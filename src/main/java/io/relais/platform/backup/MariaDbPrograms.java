package io.relais.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs MariaDB's own tools: {@code mariadb-dump} for a consistent dump while Relais keeps writing
 * ({@code --single-transaction}: one InnoDB snapshot, no lock held), {@code mariadb} to load it.
 * The password goes through a private option file, never the command line (which {@code ps}
 * shows to every user of the machine).
 */
final class MariaDbPrograms {

    private static final long TIMEOUT_HOURS = 6;

    private MariaDbPrograms() {
    }

    static void dump(DatabaseConnection database, Path target) {
        // Relais keeps no stored routines nor events: leaving them out spares the account the
        // privileges they would need
        run(database, "mariadb-dump", List.of("--single-transaction", "--quick", "--hex-blob",
                "--default-character-set=utf8mb4", "--result-file=" + target, database.database), null);
    }

    static void load(DatabaseConnection database, Path dump) {
        run(database, "mariadb", List.of("--default-character-set=utf8mb4", "--batch", database.database), dump);
    }

    private static void run(DatabaseConnection database, String program, List<String> arguments, Path input) {
        Path options = null;
        Path errors = null;
        try {
            options = Files.createTempFile("relais-mariadb-", ".cnf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(options, "[client]\nhost=" + database.host + "\nport=" + database.port + "\nuser="
                    + database.user + "\npassword=\"" + database.password.replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\"\nprotocol=TCP\n", StandardCharsets.UTF_8);
            errors = Files.createTempFile("relais-mariadb-", ".err");
            List<String> command = new ArrayList<>();
            command.add(database.programs.resolve(program).toString());
            command.add("--defaults-extra-file=" + options); // must come first
            if (database.local) {
                command.add("--skip-ssl"); // the embedded server runs without TLS (ADR 0003)
            }
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within " + TIMEOUT_HOURS + " hours");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(program + " interrupted", e);
        } finally {
            deleteQuietly(options);
            deleteQuietly(errors);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a private temporary file: the system's temporary folder cleaning removes it
        }
    }
}
