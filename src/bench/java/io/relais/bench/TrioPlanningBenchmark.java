package io.relais.bench;

import io.relais.rituals.TrioHistory;
import io.relais.rituals.TrioPlanner;
import io.relais.rituals.TrioPlanner.Participant;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * Monday trio planning (issue 5): a year of weekly plans for a company of 5,000 people in 40
 * teams, about 5 % of them absent each week, each week planned on the history of all the
 * previous ones. Reports the time of every weekly plan (the first one on a cold JVM) and how fair
 * the year was: how often the same pair met, how soon a pair met again.
 *
 * <p>Target: under 1 s per weekly plan for 5,000 people. A pure computation: needs no jar or
 * database. {@code -Dbench.trio.people=N} (default 5000), {@code -Dbench.trio.weeks=N} (default 52).
 */
public final class TrioPlanningBenchmark {

    static final long TARGET_MILLIS = 1_000;

    /** Wall and CPU time of each weekly plan: on a shared machine the CPU time is the steadier figure. */
    record Year(List<Long> millis, List<Long> cpuMillis, int maxRepeats, Map<Integer, Long> distribution,
            int shortestGap) {
    }

    public static void main(String[] args) {
        int people = Bench.intProperty("bench.trio.people", 5_000);
        int weeks = Bench.intProperty("bench.trio.weeks", 52);
        String loadBefore = Bench.loadAverage();
        Year large = year(people, 40, weeks, 0.05);
        Year small = year(50, 6, weeks, 0.0);
        String loadAfter = Bench.loadAverage();

        List<Long> warm = large.millis().subList(1, large.millis().size());
        List<Long> warmCpu = large.cpuMillis().subList(1, large.cpuMillis().size());
        List<String> lines = new ArrayList<>(List.of("## Monday trio planning (TrioPlanner)", ""));
        lines.addAll(Bench.machine("./mvnw -B -Pbench -DskipTests -Dbench.coldStart.skip -Dbench.login.skip verify",
                loadBefore, loadAfter));
        lines.add("- Workload: " + people + " people in 40 teams, about 5 % absent each week, " + weeks
                + " consecutive weekly plans, each on the history of the previous ones");
        lines.add("");
        lines.add("| | first plan (cold JVM) | median | p95 | max | target |");
        lines.add("|---|---|---|---|---|---|");
        lines.add(String.format(Locale.ROOT, "| one weekly plan, %d people | %d ms | %d ms | %d ms | %d ms | < %d ms: %s |",
                people, large.millis().getFirst(), Bench.percentile(warm, 50), Bench.percentile(warm, 95),
                Bench.max(large.millis()), TARGET_MILLIS, Bench.max(large.millis()) < TARGET_MILLIS ? "met" : "**missed**"));
        lines.add(String.format(Locale.ROOT, "| its CPU time (one thread) | %d ms | %d ms | %d ms | %d ms | < %d ms: %s |",
                large.cpuMillis().getFirst(), Bench.percentile(warmCpu, 50), Bench.percentile(warmCpu, 95),
                Bench.max(large.cpuMillis()), TARGET_MILLIS,
                Bench.max(large.cpuMillis()) < TARGET_MILLIS ? "met" : "**missed**"));
        lines.add("");
        lines.add("Wall time includes waiting for a core when other work shares the machine (see the load "
                + "average); the CPU time of the planning thread is the planning itself.");
        lines.add("");
        lines.add("Fairness over " + weeks + " weeks (times a pair met → number of pairs):");
        lines.add("");
        lines.add(fairness(people + " people", large));
        lines.add(fairness("50 people in 6 teams, nobody absent", small));
        String report = String.join("\n", lines);
        System.out.println(report);
        Bench.writeSection("trio-planning", report);
    }

    private static String fairness(String who, Year year) {
        return String.format(Locale.ROOT, "- %s: a pair met at most %d times, distribution %s%s", who,
                year.maxRepeats(), year.distribution(), year.shortestGap() < 0 ? ", no pair met twice"
                        : ", a pair met again after " + year.shortestGap() + " weeks at the soonest");
    }

    static Year year(int count, int teams, int weeks, double absentShare) {
        List<Participant> everybody = LongStream.range(0, count)
                .mapToObj(i -> new Participant(1_000 + i, 1 + i % teams)).toList();
        TrioHistory history = new TrioHistory();
        Random absences = new Random(5);
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int shortestGap = Integer.MAX_VALUE;
        for (int week = 0; week < weeks; week++) {
            List<Participant> present = everybody.stream().filter(p -> absences.nextDouble() >= absentShare).toList();
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            List<List<Long>> groups = TrioPlanner.plan(present, history, week, 2026);
            millis.add((System.nanoTime() - started) / 1_000_000);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
            for (List<Long> group : groups) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        if (history.timesMet(group.get(i), group.get(j)) > 0) {
                            shortestGap = Math.min(shortestGap, week - history.lastMet(group.get(i), group.get(j)));
                        }
                    }
                }
            }
            history.record(week, groups);
        }
        Map<Integer, Long> distribution = new TreeMap<>();
        int max = 0;
        for (Participant a : everybody) {
            for (Participant b : everybody) {
                if (a.personId() < b.personId()) {
                    int times = history.timesMet(a.personId(), b.personId());
                    if (times > 0) {
                        distribution.merge(times, 1L, Long::sum);
                    }
                    max = Math.max(max, times);
                }
            }
        }
        long pairs = (long) count * (count - 1) / 2;
        distribution.put(0, pairs - distribution.values().stream().mapToLong(Long::longValue).sum());
        return new Year(millis, cpuMillis, max, distribution, shortestGap == Integer.MAX_VALUE ? -1 : shortestGap);
    }
}
