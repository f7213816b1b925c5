package io.relais.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Response times and errors per user action during one load level, recorded concurrently by the
 * simulated users. Times are what the user waits for: the HTTP round trips of the action (UIDL
 * requests and page loads on loopback), think time excluded.
 */
final class LoadStats {

    /** One action's figures, in microseconds. */
    record Summary(String action, int count, long p50, long p95, long p99, long max, int errors, List<String> examples) {
    }

    private static final int EXAMPLES = 3;

    private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, List<String>> examples = new ConcurrentHashMap<>();

    void record(String action, long nanos) {
        micros.computeIfAbsent(action, a -> Collections.synchronizedList(new ArrayList<>())).add(nanos / 1_000);
    }

    void error(String action, String message) {
        errors.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
        List<String> seen = examples.computeIfAbsent(action, a -> Collections.synchronizedList(new ArrayList<>()));
        synchronized (seen) {
            if (seen.size() < EXAMPLES && !seen.contains(message)) {
                seen.add(message);
            }
        }
    }

    int totalErrors() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The actions in the order given (those never run nor failed are left out). */
    List<Summary> summaries(List<String> order) {
        List<Summary> summaries = new ArrayList<>();
        for (String action : order) {
            List<Long> values;
            synchronized (micros.getOrDefault(action, List.of())) {
                values = List.copyOf(micros.getOrDefault(action, List.of()));
            }
            int failed = errors.getOrDefault(action, new AtomicInteger()).get();
            if (values.isEmpty() && failed == 0) {
                continue;
            }
            List<String> shown = List.copyOf(examples.getOrDefault(action, List.of()));
            summaries.add(values.isEmpty() ? new Summary(action, 0, 0, 0, 0, 0, failed, shown)
                    : new Summary(action, values.size(), Bench.percentile(values, 50), Bench.percentile(values, 95),
                            Bench.percentile(values, 99), Bench.max(values), failed, shown));
        }
        return summaries;
    }
}
