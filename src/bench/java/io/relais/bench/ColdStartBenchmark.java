package io.relais.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold start of {@code java -jar} on the embedded defaults until the login page answers HTTP 200,
 * with the embedded database's share ("Embedded MariaDB started in N ms"), N times on a fresh
 * data folder (MariaDB installed, schema migrated, demo organisation created) and N times on the
 * data folder those runs left. Each run is stopped with SIGTERM and must shut down cleanly: the
 * mariadbd it started is gone and Relais logged stopping it.
 *
 * <p>Target (issue 2): under 20 s on a 2-core machine. Builds nothing: measures the production build
 * ({@code ./mvnw -B -Pproduction -DskipTests package}) both ways it can be started (see {@link Launch}):
 * with the JVM AOT cache and as the plain executable jar. {@code -Dbench.runs=N} (default 3).
 */
public final class ColdStartBenchmark {

    static final long TARGET_MILLIS = 20_000;

    record Run(String launch, String kind, int number, long firstOkMillis, long cpuMillis, long databaseMillis, long springMillis,
            long readyMillis, RelaisProcess.Shutdown shutdown) {
    }

    public static void main(String[] args) {
        List<Launch> launches = Launch.all();
        int runs = Bench.intProperty("bench.runs", 3);
        String loadBefore = Bench.loadAverage();
        List<Run> results = new ArrayList<>();
        for (Launch launch : launches) {
            System.out.printf("Cold start of `%s`, %d fresh + %d existing data folder runs%n", launch.commandLine(),
                    runs, runs);
            results.addAll(measure(launch, runs));
        }
        String loadAfter = Bench.loadAverage();

        String report = report(launches, results, loadBefore, loadAfter);
        System.out.println(report);
        Bench.writeSection("cold-start", report);
        if (results.stream().anyMatch(r -> !r.shutdown().clean())) {
            throw new IllegalStateException("A run did not shut down cleanly: see the table above");
        }
    }

    private static List<Run> measure(Launch launch, int runs) {
        List<Run> results = new ArrayList<>();
        Path existing = null;
        for (int i = 1; i <= runs; i++) {
            Path folder = Bench.freshDataFolder("cold-start-data-" + i);
            results.add(measure(launch, folder, "fresh", i));
            if (existing != null) {
                Bench.deleteRecursively(existing);
            }
            existing = folder;
        }
        for (int i = 1; i <= runs; i++) {
            results.add(measure(launch, existing, "existing", i));
        }
        Bench.deleteRecursively(existing);
        return results;
    }

    private static Run measure(Launch launch, Path folder, String kind, int number) {
        Path log = Bench.WORK.resolve("cold-start-" + launch.name().replace(' ', '-') + "-" + kind + "-" + number + ".log");
        try (RelaisProcess relais = RelaisProcess.start(launch, folder, log, List.of())) {
            long firstOk = relais.awaitHttp200("/login");
            long cpu = relais.cpuMillis();
            // Fully started (start-up runners such as the demo organisation done) before SIGTERM.
            long ready = relais.awaitHttp200("/actuator/health/readiness");
            long database = relais.embeddedDatabaseMillis().orElse(-1);
            long spring = relais.springStartedMillis().orElse(-1);
            RelaisProcess.Shutdown shutdown = relais.stop();
            Run run = new Run(launch.name(), kind, number, firstOk, cpu, database, spring, ready, shutdown);
            System.out.printf(Locale.ROOT, "  %s, %-8s #%d: login page HTTP 200 after %s, CPU %s (embedded MariaDB %s), "
                    + "SIGTERM -> exit %d in %s, mariadbd gone: %s%n", launch.name(), kind, number, Bench.s(firstOk),
                    Bench.s(cpu), Bench.s(database), shutdown.exitCode(), Bench.s(shutdown.millis()), shutdown.mariadbGone());
            return run;
        }
    }

    private static String report(List<Launch> launches, List<Run> results, String loadBefore, String loadAfter) {
        StringBuilder md = new StringBuilder();
        md.append("## Cold start: `java -jar` to the first HTTP 200 of /login\n\n");
        Bench.machine(Bench.command(), loadBefore, loadAfter)
                .forEach(line -> md.append(line).append('\n'));
        md.append("- Launches measured:\n");
        launches.forEach(launch -> md.append("  - ").append(launch.name()).append(": `").append(launch.commandLine())
                .append(" --server.port=<free> --relais.data-dir=<folder>`\n"));
        md.append("- What: a separate `java -jar` "
                + "process (embedded defaults, demo profile), timed from process start until `GET /login` answers 200 "
                + "(polled every 50 ms); \"embedded MariaDB\" is the server's own start time from the log "
                + "(fresh folder: unpack + install + start; existing folder: start only). \"CPU used\" is user + system "
                + "time of Relais and its children by then (from /proc), which depends little on other load: on 2 "
                + "dedicated cores the wall time cannot be much below half of it. \"Ready\" is when "
                + "`/actuator/health/readiness` answers 200 (start-up runners such as the demo organisation done). "
                + "Then SIGTERM: Relais must "
                + "exit, its `mariadbd` must be gone and \"Embedded MariaDB stopped\" logged.\n");
        md.append("- Target: under 20 s on 2 cores.\n\n");
        md.append("| launch | data folder | run | login page 200 | CPU used by then | embedded MariaDB (share) | Spring \"Started\" | ready | shutdown | clean |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Run run : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s (%d %%) | %s | %s | %s, exit %d | %s |%n",
                    run.launch(), run.kind(), run.number(), Bench.s(run.firstOkMillis()), Bench.s(run.cpuMillis()),
                    Bench.s(run.databaseMillis()),
                    Math.round(100.0 * run.databaseMillis() / run.firstOkMillis()), Bench.s(run.springMillis()),
                    Bench.s(run.readyMillis()),
                    Bench.s(run.shutdown().millis()), run.shutdown().exitCode(),
                    run.shutdown().clean() ? "yes" : "NO"));
        }
        md.append('\n');
        for (Launch launch : launches) {
            for (String kind : List.of("fresh", "existing")) {
                List<Run> group = results.stream()
                        .filter(r -> r.launch().equals(launch.name()) && r.kind().equals(kind)).toList();
                List<Long> times = group.stream().map(Run::firstOkMillis).toList();
                List<Long> cpu = group.stream().map(Run::cpuMillis).toList();
                List<Long> db = group.stream().map(Run::databaseMillis).toList();
                long worst = Bench.max(times);
                md.append(String.format(Locale.ROOT, "- %s, %s data folder: best %s, median %s, worst %s; CPU median %s; "
                        + "embedded MariaDB median %s. Target %s: %s.%n", launch.name(), kind,
                        Bench.s(Bench.min(times)), Bench.s(Bench.percentile(times, 50)), Bench.s(worst),
                        Bench.s(Bench.percentile(cpu, 50)), Bench.s(Bench.percentile(db, 50)),
                        Bench.s(TARGET_MILLIS), worst < TARGET_MILLIS ? "met" : "MISSED"));
            }
        }
        return md.toString();
    }

    private ColdStartBenchmark() {
    }
}
