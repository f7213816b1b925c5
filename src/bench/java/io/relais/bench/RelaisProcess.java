package io.relais.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Relais installation started the way an operator starts it: {@code java -jar} of the
 * executable jar as a separate process, on a free port, with its own data folder, on the
 * embedded defaults. Its console output goes to a log file the benchmarks read.
 */
final class RelaisProcess implements AutoCloseable {

    private static final Pattern DB_STARTED = Pattern.compile("Embedded MariaDB started in (\\d+) ms");
    private static final Pattern DB_PORT = Pattern.compile("Embedded MariaDB started in \\d+ ms on port (\\d+)");
    private static final Pattern APP_STARTED = Pattern.compile("Started Application in ([\\d.]+) seconds");
    /** A first start seeds the demo organisation: minutes on a busy machine ({@code -Dbench.startMinutes}). */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(Bench.intProperty("bench.startMinutes", 5));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    /** USER_HZ: 100 on Linux (x86-64 and arm64). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** What stopping the process showed. */
    record Shutdown(long millis, int exitCode, int mariadbProcesses, boolean mariadbGone, boolean loggedStop) {
        boolean clean() {
            return mariadbProcesses > 0 && mariadbGone && loggedStop;
        }
    }

    private final Process process;
    private final long startNanos;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private RelaisProcess(Process process, long startNanos, int port, Path log) {
        this.process = process;
        this.startNanos = startNanos;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code java [launch options] [-Dbench.jvmArgs] -jar jar} with the JVM running this benchmark. */
    static RelaisProcess start(Launch launch, Path dataFolder, Path log, List<String> extraArgs) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(launch.jvmArgs());
        String jvmArgs = System.getProperty("bench.jvmArgs", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+"))); // e.g. -XX:TieredStopAtLevel=1, to compare
        }
        command.add("-jar");
        command.add(launch.jar().toAbsolutePath().toString());
        command.add("--server.port=" + port);
        command.add("--relais.data-dir=" + dataFolder.toAbsolutePath());
        command.addAll(extraArgs);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            long startNanos = System.nanoTime();
            return new RelaisProcess(builder.start(), startNanos, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Polls {@code path} until it answers HTTP 200; returns the milliseconds since the process started. */
    long awaitHttp200(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        long deadline = startNanos + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Relais exited with code " + process.exitValue()
                        + " before answering; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(50);
        }
        throw new IllegalStateException("No HTTP 200 from " + path + " within " + START_TIMEOUT
                + "; see " + log.toAbsolutePath());
    }

    /**
     * CPU time (user + system) used so far by Relais and its children (mariadbd, the install
     * tools), in milliseconds, from /proc: unlike wall time it barely depends on what else the
     * machine is doing, so it shows what the start costs on 2 dedicated cores (about CPU / 2 when
     * both cores are busy).
     */
    long cpuMillis() {
        long ticks = cpuTicks(process.pid(), true)
                + process.descendants().mapToLong(p -> cpuTicks(p.pid(), false)).sum();
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /**
     * Waits until Relais and its database have settled after a start: less than a tenth of a core
     * used over three seconds (catch-up work such as events replayed after a crash, the demo's
     * daily jobs or the search index's replay is done), or the time-out. Answers the milliseconds
     * waited, so a report can say how long the server was busy.
     */
    long awaitIdle(Duration timeout) {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        long windowMillis = 3_000;
        long previous = cpuMillis();
        while (System.nanoTime() < deadline) {
            pause(windowMillis);
            long now = cpuMillis();
            if (now - previous < windowMillis / 10) {
                break;
            }
            previous = now;
        }
        return (System.nanoTime() - begin) / 1_000_000;
    }

    private static long cpuTicks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime=14, stime=15, cutime=16, cstime=17
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withReapedChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return 0; // process gone meanwhile
        }
    }

    /** "Embedded MariaDB started in N ms", from the log. */
    OptionalLong embeddedDatabaseMillis() {
        return find(DB_STARTED).map(m -> OptionalLong.of(Long.parseLong(m.group(1)))).orElse(OptionalLong.empty());
    }

    /** The embedded database's port, from the log ("... on port N"), once it has started. */
    OptionalLong embeddedDatabasePort() {
        return find(DB_PORT).map(m -> OptionalLong.of(Long.parseLong(m.group(1)))).orElse(OptionalLong.empty());
    }

    /** Everything Relais has written to its console so far. */
    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server JVM's process id (for {@code jcmd}). */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Milliseconds since the process started. */
    long uptimeMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The embedded mariadbd this Relais started, if it runs. */
    Optional<ProcessHandle> mariadb() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .findFirst();
    }

    /**
     * {@code kill -9} of Relais and of its embedded mariadbd together, as a power cut or an
     * out-of-memory killer would: nothing gets to flush or close anything.
     */
    void killHard() {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroyForcibly(); // SIGKILL
        tree.forEach(ProcessHandle::destroyForcibly);
        waitFor(Duration.ofSeconds(30));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            pause(50);
        }
    }

    /** Spring Boot's own "Started Application in N seconds", in milliseconds. */
    OptionalLong springStartedMillis() {
        return find(APP_STARTED).map(m -> OptionalLong.of(Math.round(Double.parseDouble(m.group(1)) * 1000)))
                .orElse(OptionalLong.empty());
    }

    private Optional<Matcher> find(Pattern pattern) {
        try {
            Matcher matcher = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(matcher) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops Relais as an orchestrator does (SIGTERM), waits for it, and checks that the embedded
     * mariadbd it started is gone too and that Relais logged stopping it.
     */
    Shutdown stop() {
        List<ProcessHandle> mariadb = process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .toList();
        long begin = System.nanoTime();
        process.destroy(); // SIGTERM
        boolean exited = waitFor(STOP_TIMEOUT);
        if (!exited) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (mariadb.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            pause(100);
        }
        boolean gone = mariadb.stream().noneMatch(ProcessHandle::isAlive);
        mariadb.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        boolean logged;
        try {
            logged = Files.readString(log, StandardCharsets.UTF_8).contains("Embedded MariaDB stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Shutdown(millis, exited ? process.exitValue() : -1, mariadb.size(), gone, logged && exited);
    }

    /** Waits for a process that stops by itself (a one-shot command); its exit status, or -1 on time-out. */
    int awaitExit(Duration timeout) {
        if (!waitFor(timeout)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
