package io.relais.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One way of starting the production build with {@code java -jar}: the executable jar as it is, or
 * the jar extracted to {@code target/relais/} with the JVM AOT cache the production build trained
 * there (ADR 0016), which is how the README runs it on JDK 25+.
 */
record Launch(String name, Path jar, List<String> jvmArgs) {

    static final Path AOT_FOLDER = Path.of("target", "relais");
    static final Path AOT_CACHE = AOT_FOLDER.resolve("relais.aot");

    /**
     * What to measure: {@code -Dbench.jar=...} alone when given, else the AOT-cache launch (when the
     * build made one) followed by the plain executable jar, to compare.
     */
    static List<Launch> all() {
        Path jar = Bench.executableJar();
        List<Launch> launches = new ArrayList<>();
        if (System.getProperty("bench.jar", "").isBlank()) {
            aotCache().ifPresent(launches::add);
        }
        launches.add(new Launch("jar", jar, List.of()));
        return launches;
    }

    /** The launch the README recommends: the AOT cache when the build made one, else the plain jar. */
    static Launch preferred() {
        return all().get(0);
    }

    private static java.util.Optional<Launch> aotCache() {
        if (!Files.isRegularFile(AOT_CACHE)) {
            return java.util.Optional.empty();
        }
        try (Stream<Path> files = Files.list(AOT_FOLDER)) {
            return files.filter(p -> p.getFileName().toString().matches("relais-.*\\.jar")).findFirst()
                    .map(jar -> new Launch("AOT cache", jar,
                            List.of("-XX:AOTCache=" + AOT_CACHE.toAbsolutePath())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line, as a reader would type it (relative paths). */
    String commandLine() {
        StringBuilder line = new StringBuilder("java ");
        jvmArgs.forEach(arg -> line.append(arg.replace(Path.of("").toAbsolutePath() + "/", "")).append(' '));
        return line.append("-jar ").append(jar).toString();
    }
}
