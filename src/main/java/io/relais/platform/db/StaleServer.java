package io.relais.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After Relais was killed hard (kill -9, power loss), its embedded mariadbd may still run and
 * hold the data folder's locks. Before starting a new server, stop the one whose pid file lies in
 * our data folder, if it is still alive and really is a mariadbd on that folder.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private StaleServer() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        running(dataDir).ifPresent(StaleServer::stop);
    }

    /** The mariadbd that runs on this data folder (its pid file names it), if one does. */
    static Optional<ProcessHandle> running(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList().stream()
                    .map(StaleServer::readPid).flatMap(Optional::stream)
                    .map(ProcessHandle::of).flatMap(Optional::stream)
                    .filter(process -> process.isAlive() && isMariaDbOn(process, dataDir))
                    .findFirst();
        }
    }

    /** The TCP port a running mariadbd listens on, from its command line. */
    static Optional<Integer> port(ProcessHandle process) {
        return process.info().arguments().stream().flatMap(java.util.Arrays::stream)
                .filter(argument -> argument.startsWith("--port="))
                .map(argument -> Integer.parseInt(argument.substring("--port=".length())))
                .findFirst();
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isMariaDbOn(ProcessHandle process, Path dataDir) {
        String commandLine = process.info().commandLine().orElse("");
        return commandLine.contains("mariadbd") && commandLine.contains(dataDir.toAbsolutePath().toString());
    }

    private static void stop(ProcessHandle process) {
        log.warn("An embedded MariaDB (pid {}) from a previous run still holds the data folder: stopping it",
                process.pid());
        process.destroy(); // SIGTERM: mariadbd shuts down cleanly
        try {
            process.onExit().get(GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
