package io.relais.bench;

import io.relais.demo.DemoLogins;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 8, "Load and memory": simulated people working in Relais over Vaadin's protocol
 * ({@link UidlClient}, {@link LoadScenario}) against the production jar started as a separate JVM
 * on loopback. In order: a warm-up; the heap retained per session (live heap after a full GC before
 * and after signing in {@code heapSessions} more people); the load levels (response time per action
 * and errors); a soak of people coming and going, sampled; and, once everybody left and the
 * sessions timed out, a last look that everything was released.
 *
 * <p>Options: {@link LoadParameters}; README "Benchmarks".
 */
public final class LoadBenchmark {

    /** Tomcat looks for expired sessions every minute (background processor, 10 s × 6). */
    private static final int EXPIRY_SWEEP_SECONDS = 75;

    public static void main(String[] args) {
        LoadParameters options = LoadParameters.fromSystemProperties();
        Launch launch = Launch.preferred();
        String loadBefore = Bench.loadAverage();
        Path folder = Bench.freshDataFolder("load-data");
        List<String> serverArgs = List.of("--server.servlet.session.timeout=" + options.sessionTimeoutSeconds() + "s");
        LoadReport report;
        try (RelaisProcess relais = RelaisProcess.start(launch, folder, Bench.WORK.resolve("load.log"), serverArgs)) {
            relais.awaitHttp200("/actuator/health/readiness");
            HeapSampler heap = new HeapSampler(relais.pid());
            HeapSampler.Sample idle = heap.sample();
            HttpClient http = UidlClient.newHttpClient();
            LoadScenario.Setting setting = new LoadScenario.Setting(http, relais.baseUrl(), new LoadStats(),
                    options.think(), options.searchTerms());
            System.out.printf("Relais ready at %s (%.1f MB live heap); %s%n", relais.baseUrl(), idle.liveMegabytes(),
                    options.describe());

            int warmUpUsers = Math.min(20, options.levels().getFirst());
            new LoadCrowd(setting, warmUpUsers, Duration.ofSeconds(30), Duration.ofSeconds(5),
                    LoadCrowd.Habits.STAY_TO_THE_END).run();
            System.out.printf("Warm-up: %d people for 30 s, %d errors %s%n", warmUpUsers, setting.stats().totalErrors(),
                    setting.stats().summaries(LoadScenario.ACTIONS));

            LoadReport.SessionHeap sessionHeap = sessionHeap(setting, heap, options.heapSessions());
            System.out.printf("Heap: %d KB per session (%s → %s)%n", sessionHeap.bytesPerSession() / 1024,
                    sessionHeap.before(), sessionHeap.after());

            List<LoadReport.Level> results = new ArrayList<>();
            for (int users : options.levels()) {
                results.add(level(setting, relais, users, options.levelSeconds()));
            }

            List<LoadReport.SoakPoint> soak = soak(setting, heap, options);
            LoadScenario.sleep((options.sessionTimeoutSeconds() + EXPIRY_SWEEP_SECONDS) * 1000L);
            HeapSampler.Sample drained = heap.sample();
            System.out.printf("After everyone left and the time-out: %s%n", drained);

            report = new LoadReport(Bench.machine(Bench.command(), loadBefore, Bench.loadAverage()),
                    launch.commandLine() + " " + String.join(" ", serverArgs), options.describe(), options.issueMeasurement());
            report.levels(results);
            report.sessionHeap(sessionHeap);
            report.soak(options.soakSeats(), soak, idle, drained, options.sessionTimeoutSeconds());
            RelaisProcess.Shutdown shutdown = relais.stop();
            if (!shutdown.clean()) {
                System.out.println("WARNING: Relais did not shut down cleanly: " + shutdown);
            }
        }
        Bench.deleteRecursively(folder);
        System.out.println(report.markdown());
        Bench.writeSection("load", report.markdown());
    }

    /** Signs in {@code count} more people (home open), measures, then closes their tabs. */
    private static LoadReport.SessionHeap sessionHeap(LoadScenario.Setting setting, HeapSampler heap, int count) {
        HeapSampler.Sample before = heap.sample();
        List<LoadScenario> people = new ArrayList<>();
        LoadStats unmeasured = new LoadStats();
        try (ExecutorService parallel = Executors.newFixedThreadPool(8)) {
            List<Future<LoadScenario>> signedIn = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                DemoLogins.Login login = DemoLogins.ALL.get(i % DemoLogins.ALL.size());
                signedIn.add(parallel.submit(() -> {
                    for (int attempt = 0; attempt < 3; attempt++) {
                        LoadScenario person = new LoadScenario(setting.measuringInto(unmeasured), login);
                        if (person.signIn()) {
                            return person;
                        }
                    }
                    return null;
                }));
            }
            for (Future<LoadScenario> person : signedIn) {
                people.add(person.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not open " + count + " sessions", e);
        }
        if (people.contains(null)) {
            throw new IllegalStateException("sign-ins failed three times while measuring the heap: "
                    + unmeasured.summaries(LoadScenario.ACTIONS));
        }
        HeapSampler.Sample after = heap.sample();
        people.forEach(person -> person.leave(true));
        return new LoadReport.SessionHeap(count, before, after);
    }

    private static LoadReport.Level level(LoadScenario.Setting shared, RelaisProcess relais, int users, int seconds) {
        LoadStats stats = new LoadStats();
        long logged = loggedErrors(relais);
        Duration rampUp = Duration.ofSeconds(Math.min(30, seconds / 4));
        System.out.printf("Level: %d people for %d s (ramp-up %s)…%n", users, seconds, rampUp);
        new LoadCrowd(shared.measuringInto(stats), users, Duration.ofSeconds(seconds), rampUp,
                LoadCrowd.Habits.STAY_TO_THE_END).run();
        List<LoadStats.Summary> actions = stats.summaries(LoadScenario.ACTIONS);
        actions.forEach(action -> System.out.printf("  %-20s n=%d p50=%d µs p95=%d µs p99=%d µs errors=%d %s%n",
                action.action(), action.count(), action.p50(), action.p95(), action.p99(), action.errors(),
                action.examples()));
        return new LoadReport.Level(users, seconds, actions, stats.totalErrors(), loggedErrors(relais) - logged);
    }

    /** ERROR lines in the server's log so far: failures a page may not show (an event handler's exception). */
    private static long loggedErrors(RelaisProcess relais) {
        return relais.logText().lines().filter(line -> line.contains(" ERROR ")).count();
    }

    private static List<LoadReport.SoakPoint> soak(LoadScenario.Setting shared, HeapSampler heap,
            LoadParameters options) {
        int minutes = options.soakMinutes();
        long sampleSeconds = options.soakSampleSeconds();
        LoadCrowd crowd = new LoadCrowd(shared.measuringInto(new LoadStats()), options.soakSeats(),
                Duration.ofMinutes(minutes), Duration.ofSeconds(30), options.soakHabits());
        long begin = System.nanoTime();
        long end = begin + Duration.ofMinutes(minutes).toNanos();
        crowd.start();
        List<LoadReport.SoakPoint> points = new ArrayList<>();
        while (System.nanoTime() + sampleSeconds * 1_000_000_000L <= end) {
            LoadScenario.sleep(sampleSeconds * 1000L);
            int online = crowd.online();
            HeapSampler.Sample sample = heap.sample();
            double elapsed = (System.nanoTime() - begin) / 60e9;
            points.add(new LoadReport.SoakPoint(elapsed, online, sample));
            System.out.printf("  soak %.1f min: %d signed in, %s%n", elapsed, online, sample);
        }
        crowd.await();
        return points;
    }

    private LoadBenchmark() {
    }
}
