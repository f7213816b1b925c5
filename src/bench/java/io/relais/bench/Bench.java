package io.relais.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What both benchmarks share: finding the executable jar (and refusing a development-mode one),
 * describing the machine, statistics, and writing their section of {@code docs/benchmarks.md}.
 */
final class Bench {

    static final Path REPORT = Path.of("docs", "benchmarks.md");
    static final Path WORK = Path.of("target", "bench");

    private Bench() {
    }

    static int intProperty(String name, int fallback) {
        return Integer.parseInt(property(name, Integer.toString(fallback)));
    }

    /** A {@code -D} option; blank counts as absent (the Maven profile passes its options empty). */
    static String property(String name, String fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : value.strip();
    }

    /**
     * The jar to measure: {@code -Dbench.jar=...}, else the one {@code target/relais-*.jar}. It must
     * be a production build: a development-mode jar (Vaadin dev server, no
     * {@code productionMode: true}) would measure the wrong thing.
     */
    static Path executableJar() {
        String configured = System.getProperty("bench.jar", "");
        Path jar;
        if (!configured.isBlank()) {
            jar = Path.of(configured.strip());
        } else {
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                List<Path> jars = files.filter(p -> p.getFileName().toString().matches("relais-.*\\.jar")).toList();
                if (jars.size() != 1) {
                    throw new IllegalStateException("Expected exactly one target/relais-*.jar, found " + jars
                            + ": build it with ./mvnw -B -Pproduction -DskipTests package, or pass -Dbench.jar=");
                }
                jar = jars.get(0);
            } catch (IOException e) {
                throw new IllegalStateException("No target/ folder: build the jar first "
                        + "(./mvnw -B -Pproduction -DskipTests package)", e);
            }
        }
        requireProductionBuild(jar);
        return jar;
    }

    private static void requireProductionBuild(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            String json = info == null ? "" : new String(zip.getInputStream(info).readAllBytes(), StandardCharsets.UTF_8);
            boolean production = json.replaceAll("\\s", "").contains("\"productionMode\":true");
            boolean devServer = zip.stream().anyMatch(e -> e.getName().startsWith("BOOT-INF/lib/vaadin-dev-"));
            if ((!production || devServer) && !Boolean.getBoolean("bench.allowDevelopmentJar")) {
                throw new IllegalStateException(jar + " is not a production build (productionMode=" + production
                        + ", vaadin-dev inside=" + devServer + "): build it with -Pproduction");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, empty data folder under target/bench. */
    static Path freshDataFolder(String name) {
        Path folder = WORK.resolve(name);
        deleteRecursively(folder);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nearest-rank percentile of the values (p in 0..100). */
    static long percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    static double seconds(long millis) {
        return millis / 1000.0;
    }

    static String s(long millis) {
        return String.format(Locale.ROOT, "%.1f s", seconds(millis));
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** How the benchmarks were run, for the report ({@code -Dbench.command} when run another way). */
    static String command() {
        return System.getProperty("bench.command", "./mvnw -B -Pproduction,bench -DskipTests verify");
    }

    /** nproc, CPU model, RAM, JDK, date: the lines every section starts with. */
    static List<String> machine(String command, String loadBefore, String loadAfter) {
        return List.of(
                "- Date: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                "- Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (nproc), " + cpuModel() + ", "
                        + memory() + " RAM",
                "- JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                        + " (the benchmark runs the jar with this same `java`)",
                "- Load average (1/5/15 min) before / after: " + loadBefore + " → " + loadAfter
                        + " (other work on the machine distorts the figures)",
                "- Command: `" + command + "`"
                        + (System.getProperty("bench.jvmArgs", "").isBlank() ? ""
                                : ", JVM options of Relais: `" + System.getProperty("bench.jvmArgs").strip() + "`"));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .map(kib -> String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0))
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Replaces this benchmark's section of docs/benchmarks.md (between its markers), or appends
     * it; the rest of the file is left alone.
     */
    static void writeSection(String id, String markdown) {
        writeSection(REPORT, id, markdown);
    }

    /** The same, in another report (the fault programs write {@code docs/faults.md}). */
    static void writeSection(Path report, String id, String markdown) {
        String begin = "<!-- bench:" + id + ":begin -->";
        String end = "<!-- bench:" + id + ":end -->";
        String block = begin + "\n" + markdown.strip() + "\n" + end;
        try {
            String text = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : header();
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            if (from >= 0 && to > from) {
                text = text.substring(0, from) + block + text.substring(to + end.length());
            } else {
                text = text.stripTrailing() + "\n\n" + block + "\n";
            }
            Files.createDirectories(report.getParent());
            Files.writeString(report, text, StandardCharsets.UTF_8);
            System.out.println("Updated " + report.toAbsolutePath() + " (section " + id + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header() {
        return """
                # Benchmarks

                Written by the benchmark programs (`src/bench/java`, ADR 0005); each section is replaced
                when its benchmark runs again. Run them all with:

                    ./mvnw -B -Pproduction,bench -DskipTests verify
                """;
    }
}
