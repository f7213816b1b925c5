package io.relais.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The load benchmark's section of {@code docs/benchmarks.md}, from its figures. */
final class LoadReport {

    static final long TARGET_P95_MICROS = 150_000;
    static final int TARGET_P95_USERS = 200;
    static final long TARGET_BYTES_PER_SESSION = 300 * 1024;

    /** One load level: so many simultaneous users for so long. */
    record Level(int users, long seconds, List<LoadStats.Summary> actions, int errors, long serverErrorsLogged) {
    }

    /** Live heap with no extra session, then with {@code sessions} more signed in on home. */
    record SessionHeap(int sessions, HeapSampler.Sample before, HeapSampler.Sample after) {
        long bytesPerSession() {
            return (after.liveBytes() - before.liveBytes()) / sessions;
        }
    }

    /** One soak sample: minutes since the soak began, people signed in, and the server's state. */
    record SoakPoint(double minutes, int online, HeapSampler.Sample heap) {
    }

    private final StringBuilder md = new StringBuilder();

    LoadReport(List<String> machine, String launch, String parameters, boolean defaults) {
        md.append("## Load and memory: simulated users over Vaadin's protocol (issue 8)\n\n");
        if (!defaults) {
            md.append("**Short run with non-default parameters: a check that the driver works, not the issue's "
                    + "measurement.**\n\n");
        }
        machine.forEach(line -> md.append(line).append('\n'));
        md.append("- Started with: `").append(launch).append("`\n");
        md.append("- Parameters: ").append(parameters).append('\n');
        md.append("- What: `LoadBenchmark` drives the production jar (separate JVM, loopback, fresh data folder with the "
                + "demo organisation) the way Flow's browser client does, over `java.net.http.HttpClient`: page HTML, "
                + "`?v-r=init` bootstrap, UIDL POSTs with the CSRF key, sync and client ids, the unload beacon when a "
                + "tab closes; elements found by their ids in the UIDL. Push (WEBSOCKET_XHR) sends every client "
                + "message as XHR; the driver opens no websocket, so server-initiated changes ride on the next "
                + "response. Each person signs in with a demo login (round robin), then repeats: search from the "
                + "shell box (and the result list's first rows), open a result, upvote it, home, calendar week (its "
                + "entries fetched), and for leadership the adoption dashboard, with think times. Times are the "
                + "HTTP round trips of each action as the client saw them on loopback (the driver shares the 2 CPUs "
                + "with the server); each action checks that its view's element arrived, else it counts an error.\n");
        md.append("- Targets: 0 errors; p95 under 150 ms at 200 users; at most 300 KB of heap per session; sessions "
                + "and UIs released when tabs close or sessions time out.\n\n");
    }

    void levels(List<Level> levels) {
        md.append("### Response time per action\n\n");
        md.append("| users | action | count | p50 | p95 | p99 | max | errors |\n|---|---|---|---|---|---|---|---|\n");
        for (Level level : levels) {
            for (LoadStats.Summary action : level.actions()) {
                md.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %s | %s | %d |%n", level.users(),
                        action.action(), action.count(), ms(action.p50()), ms(action.p95()), ms(action.p99()),
                        ms(action.max()), action.errors()));
            }
        }
        md.append('\n');
        List<String> errors = new ArrayList<>();
        for (Level level : levels) {
            level.actions().stream().filter(action -> action.errors() > 0).forEach(action -> errors.add(
                    level.users() + " users, " + action.action() + ": " + String.join(" / ", action.examples())));
        }
        if (!errors.isEmpty()) {
            md.append("- Errors seen (examples): ").append(String.join("; ", errors)).append('\n');
        }
        levels.stream().filter(level -> level.users() == TARGET_P95_USERS).findFirst().ifPresent(level -> {
            long worst = level.actions().stream().mapToLong(LoadStats.Summary::p95).max().orElse(0);
            md.append(String.format(Locale.ROOT, "- Target p95 < 150 ms at 200 users (worst action %s): %s; errors "
                    + "at 200 users: %d.%n", ms(worst), worst < TARGET_P95_MICROS ? "met" : "MISSED", level.errors()));
        });
        levels.forEach(level -> md.append(String.format(Locale.ROOT, "- %d users: %d errors seen by the users, %d "
                + "ERROR lines in the server's log.%n", level.users(), level.errors(), level.serverErrorsLogged())));
        int total = levels.stream().mapToInt(Level::errors).sum();
        md.append("- Target 0 errors over all levels: ").append(total == 0 ? "met" : "MISSED (" + total + ")")
                .append(".\n\n");
    }

    void sessionHeap(SessionHeap heap) {
        md.append("### Heap retained per session\n\n");
        md.append("Live heap from `jcmd GC.class_histogram` (full GC first), before and after signing in that many "
                + "more people (each session: the home page open in one tab):\n\n");
        md.append("| sessions added | live heap before | after | per session | HTTP sessions before → after | UIs "
                + "before → after |\n|---|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %d | %.1f MB | %.1f MB | %d KB | %d → %d | %d → %d |%n%n",
                heap.sessions(), heap.before().liveMegabytes(), heap.after().liveMegabytes(),
                heap.bytesPerSession() / 1024, heap.before().httpSessions(), heap.after().httpSessions(),
                heap.before().uis(), heap.after().uis()));
        md.append(String.format(Locale.ROOT, "- Target at most 300 KB per session: %s.%n%n",
                heap.bytesPerSession() <= TARGET_BYTES_PER_SESSION ? "met" : "MISSED"));
    }

    void soak(int seats, List<SoakPoint> points, HeapSampler.Sample idle, HeapSampler.Sample drained,
            long sessionTimeoutSeconds) {
        md.append("### Soak: people coming and going\n\n");
        md.append(String.format(Locale.ROOT, "%d seats; each person stays a while, then closes the tab (unload "
                + "beacon) or walks away (session time-out %d s for the run). Live heap and instances after a full "
                + "GC:%n%n", seats, sessionTimeoutSeconds));
        md.append("| minute | signed in | live heap | HTTP sessions | Vaadin sessions | UIs |\n|---|---|---|---|---|---|\n");
        md.append(row("idle server, before anyone", -1, idle));
        points.forEach(point -> md.append(row(String.format(Locale.ROOT, "%.1f", point.minutes()), point.online(),
                point.heap())));
        md.append(row("everyone gone + time-out", 0, drained));
        md.append('\n');
        int half = points.size() / 2;
        if (half > 0) {
            md.append(String.format(Locale.ROOT, "- Live heap, first half of the soak %.1f MB on average, second half "
                    + "%.1f MB; UIs %.0f → %.0f; HTTP sessions %.0f → %.0f.%n",
                    average(points.subList(0, half), Kind.HEAP), average(points.subList(half, points.size()), Kind.HEAP),
                    average(points.subList(0, half), Kind.UIS), average(points.subList(half, points.size()), Kind.UIS),
                    average(points.subList(0, half), Kind.SESSIONS),
                    average(points.subList(half, points.size()), Kind.SESSIONS)));
        }
        boolean released = drained.httpSessions() == 0 && drained.vaadinSessions() == 0 && drained.uis() == 0;
        md.append("- Everything released once people left and sessions timed out: ")
                .append(released ? "yes (0 sessions, 0 UIs)" : "NO: " + drained).append(".\n");
    }

    String markdown() {
        return md.toString();
    }

    private enum Kind { HEAP, UIS, SESSIONS }

    private static double average(List<SoakPoint> points, Kind kind) {
        return points.stream().mapToDouble(point -> switch (kind) {
            case HEAP -> point.heap().liveMegabytes();
            case UIS -> point.heap().uis();
            case SESSIONS -> point.heap().httpSessions();
        }).average().orElse(0);
    }

    private static String row(String when, int online, HeapSampler.Sample heap) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f MB | %d | %d | %d |%n", when, online < 0 ? "–" : online,
                heap.liveMegabytes(), heap.httpSessions(), heap.vaadinSessions(), heap.uis());
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }
}
