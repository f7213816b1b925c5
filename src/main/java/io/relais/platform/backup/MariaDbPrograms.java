package io.relais.platform.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs MariaDB's own tools: {@code mariadb-dump} for a consistent dump while Relais keeps writing
 * ({@code --single-transaction}: one InnoDB snapshot, no lock held, triggers included), {@code
 * mariadb} to load it.
 * The password goes through a private option file, never the command line (which {@code ps}
 * shows to every user of the machine).
 */
final class MariaDbPrograms {

    private static final long TIMEOUT_HOURS = 6;
    /** The definer clause mariadb-dump writes in a trigger's (or view's) definition. */
    private static final Pattern DEFINER = Pattern.compile("/\\*!50017 DEFINER=[^*]*\\*/ ?");

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
            Process process = builder.start();
            IOException feeding = null;
            if (input != null) {
                try {
                    feed(input, process.getOutputStream());
                } catch (IOException e) {
                    feeding = e; // the program stopped reading: its own error, below, says why
                }
            }
            if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within " + TIMEOUT_HOURS + " hours");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            if (feeding != null) {
                throw feeding;
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

    /**
     * Writes a dump to the program without the definers of its triggers: a definer names the
     * account that created the trigger, which the installation restored into may not have (the
     * embedded server's is even anonymous); without one, a trigger belongs to the account that
     * restores it. Bytes pass through unchanged otherwise (ISO-8859-1 maps each to one char).
     */
    private static void feed(Path dump, OutputStream program) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(dump, StandardCharsets.ISO_8859_1);
                Writer out = new BufferedWriter(new OutputStreamWriter(program, StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.write(line.contains("DEFINER=") ? DEFINER.matcher(line).replaceAll("") : line);
                out.write('\n');
            }
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
